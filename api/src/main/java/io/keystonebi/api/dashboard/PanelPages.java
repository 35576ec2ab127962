package io.keystonebi.api.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's pages of panels, in the order the navigation lists them after the summary. */
enum PanelPages {

	PIPELINE("Lead pipeline", "Where the period's leads are, how fast they move and where they stop."),

	REVENUE("Revenue", "What was won, by whom and from where; commission, pipeline, targets and concentration."),

	AGENTS("Agents", "Who brings the revenue, leads and conversions, and how each agent compares."),

	FUNNEL("Funnel analysis", "Stage-by-stage conversion, where and why leads drop off, and experiments."),

	MARKET("Market", "The local market: prices, price per square foot, volume, seasonality and location.");

	private final String title;

	private final String intro;

	PanelPages(String title, String intro) {
		this.title = title;
		this.intro = intro;
	}

	/** @return the page's name in its paths, e.g. {@code pipeline} */
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the page's heading */
	String title() {
		return this.title;
	}

	/** @return one sentence under the heading */
	String intro() {
		return this.intro;
	}

	/** @return the page of that name, if there is one */
	static Optional<PanelPages> of(String code) {
		return Arrays.stream(values()).filter((page) -> page.code().equals(code)).findFirst();
	}

}
