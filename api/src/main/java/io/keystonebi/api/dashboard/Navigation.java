package io.keystonebi.api.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A link of the dashboard's navigation.
 *
 * @param path where it leads
 * @param label what it says
 * @param current whether it is the page shown
 */
public record Navigation(String path, String label, boolean current) {

	/**
	 * @param current the code of the page shown ({@code summary} for the executive summary, {@code reports} for
	 * the reports pages)
	 * @return the links to every dashboard page, the summary first, then the reports
	 */
	public static List<Navigation> of(String current) {
		List<Navigation> links = new ArrayList<>();
		links.add(new Navigation("/", "Summary", "summary".equals(current)));
		for (PanelPages page : PanelPages.values()) {
			links.add(new Navigation("/" + page.code(), shortLabel(page), page.code().equals(current)));
		}
		links.add(new Navigation("/reports", "Reports", "reports".equals(current)));
		return links;
	}

	private static String shortLabel(PanelPages page) {
		return switch (page) {
			case PIPELINE -> "Pipeline";
			case FUNNEL -> "Funnel";
			default -> page.title();
		};
	}

}
