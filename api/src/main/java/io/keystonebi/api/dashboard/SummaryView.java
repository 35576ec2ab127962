package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.kpi.KpiChanges;
import io.keystonebi.reports.kpi.KpiTotals;
import io.keystonebi.reports.kpi.Severity;
import io.keystonebi.reports.kpi.Summary;

/**
 * The summary's figures as the page prints them: money in whole units of the first location's currency,
 * percentages with one decimal, counts with thousands separators.
 *
 * @param cards the four KPI cards
 * @param toDate revenue month, quarter and year to date
 * @param agents the leaderboard
 * @param alerts the alerts
 * @param notes caveats
 * @param dataAsOf the freshness stamp
 * @param locations freshness per location, shown when there are several
 */
record SummaryView(List<KpiCard> cards, List<Figure> toDate, List<AgentLine> agents, List<AlertLine> alerts,
		List<String> notes, String dataAsOf, List<Figure> locations) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.US);

	static SummaryView of(Summary summary) {
		String symbol = symbol(summary.locations().get(0).currency());
		KpiTotals current = summary.current();
		KpiChanges changes = summary.changes();
		String versus = summary.comparison().kind().label();
		List<KpiCard> cards = List.of(
				KpiCard.of("revenue", "Revenue", money(symbol, current.revenue()), changes.revenue(), versus),
				KpiCard.of("leads", "Leads", String.format(Locale.US, "%,d", current.leads()), changes.leads(), versus),
				KpiCard.of("conversion_rate", "Conversion rate", percent(current.conversionRate()),
						changes.conversionRate(), versus),
				KpiCard.of("pipeline_value", "Pipeline value", money(symbol, current.pipelineValue()),
						changes.pipelineValue(), versus));
		List<Figure> toDate = List.of(new Figure("Month to date", money(symbol, summary.revenueToDate().mtd())),
				new Figure("Quarter to date", money(symbol, summary.revenueToDate().qtd())),
				new Figure("Year to date", money(symbol, summary.revenueToDate().ytd())));
		return new SummaryView(cards, toDate,
				summary.topAgents().stream()
					.map(a -> new AgentLine(a.rank(), a.name(), money(symbol, a.revenue()))).toList(),
				summary.alerts().stream().map(a -> new AlertLine(a.severity().name().toLowerCase(Locale.ROOT),
						a.severity() == Severity.CRITICAL ? "Critical" : "Warning",
						a.message())).toList(),
				summary.notes(), STAMP.format(summary.dataAsOf().atZone(summary.zone())),
				summary.locations().stream().filter(l -> l.dataAsOf() != null)
					.map(l -> new Figure(l.name(), STAMP.format(l.dataAsOf().atZone(l.zone())))).toList());
	}

	static String money(String symbol, BigDecimal amount) {
		return symbol + String.format(Locale.US, "%,d", amount.setScale(0, RoundingMode.HALF_UP).toBigInteger());
	}

	static String percent(BigDecimal value) {
		return (value == null) ? "n/a" : value.toPlainString() + "%";
	}

	private static String symbol(String currency) {
		try {
			return Currency.getInstance(currency).getSymbol(Locale.US);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return currency + " ";
		}
	}

	/**
	 * A KPI card.
	 *
	 * @param key the KPI's name in the API
	 * @param label its title
	 * @param value the formatted value
	 * @param direction up, down, flat or none (no base)
	 * @param change the change, e.g. "12.5%", or "n/a"
	 * @param versus what it is compared with
	 */
	record KpiCard(String key, String label, String value, String direction, String change, String versus) {

		static KpiCard of(String key, String label, String value, BigDecimal change, String versus) {
			String direction = (change == null) ? "none"
					: switch (change.signum()) {
						case 1 -> "up";
						case -1 -> "down";
						default -> "flat";
					};
			String text = (change == null) ? "n/a" : change.abs().toPlainString() + "%";
			return new KpiCard(key, label, value, direction, text, versus);
		}

		/** @return the change in words, for screen readers */
		public String spoken() {
			return switch (this.direction) {
				case "up" -> "Up " + this.change + " " + this.versus;
				case "down" -> "Down " + this.change + " " + this.versus;
				case "flat" -> "Unchanged " + this.versus;
				default -> "No change available " + this.versus;
			};
		}

	}

	/**
	 * A labelled figure.
	 *
	 * @param label what it is
	 * @param value the formatted value
	 */
	record Figure(String label, String value) {
	}

	/**
	 * A leaderboard line.
	 *
	 * @param rank the place
	 * @param name the agent
	 * @param revenue the formatted revenue
	 */
	record AgentLine(int rank, String name, String revenue) {
	}

	/**
	 * An alert as shown.
	 *
	 * @param severity css-friendly severity
	 * @param severityLabel the severity in words
	 * @param message the message
	 */
	record AlertLine(String severity, String severityLabel, String message) {
	}

}
