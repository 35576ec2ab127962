package io.keystonebi.reports.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * The panels of one dashboard page for one period and scope.
 *
 * @param page the page's name, e.g. {@code pipeline}
 * @param from first day of the period
 * @param to last day of the period, included
 * @param compareFrom first day of the period compared with, or null
 * @param compareTo last day of the period compared with, included, or null
 * @param dataAsOf the newest data every figure reflects (the stalest location's), or null with no data
 * @param panels the panels, in the order the page shows them
 */
public record PanelPage(String page, LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo,
		Instant dataAsOf, List<Panel> panels) {

	public PanelPage {
		panels = List.copyOf(panels);
	}

	/**
	 * @param page the page's name
	 * @param context the period, compared period and freshness the panels were computed for
	 * @param panels the panels
	 * @return the page
	 */
	public static PanelPage of(String page, PanelContext context, List<Panel> panels) {
		ReportingPeriod base = context.base();
		return new PanelPage(page, context.period().from(), context.period().lastDay(),
				(base != null) ? base.from() : null, (base != null) ? base.lastDay() : null, context.dataAsOf(), panels);
	}

	/** @return the panel of that id, if the page has it */
	public Optional<Panel> panel(String id) {
		return this.panels.stream().filter((panel) -> panel.id().equals(id)).findFirst();
	}

	/** @return the page without the columns the caller may not see */
	public PanelPage without(Set<Sensitivity> hidden) {
		return new PanelPage(this.page, this.from, this.to, this.compareFrom, this.compareTo, this.dataAsOf,
				this.panels.stream().map((panel) -> panel.without(hidden)).toList());
	}

}
