package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.kpi.PipelineHealth;
import io.keystonebi.reports.kpi.Severity;
import io.keystonebi.reports.kpi.Summary;

/**
 * The summary's figures as the page prints them: money in whole units of the first location's currency,
 * percentages with one decimal, counts with thousands separators.
 *
 * @param cards the KPI cards, in order (no GCI card for a viewer)
 * @param health the pipeline health score with its parts
 * @param toDate revenue month, quarter and year to date
 * @param agents the leaderboard
 * @param alerts the alerts
 * @param notes caveats
 * @param dataAsOf the freshness stamp
 * @param locations freshness per location, shown when there are several
 */
record SummaryView(List<KpiCard> cards, Health health, List<Figure> toDate, List<AgentLine> agents, List<AlertLine> alerts,
		List<String> notes, String dataAsOf, List<Figure> locations) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.US);

	static SummaryView of(Summary summary, boolean commission) {
		String symbol = symbol(summary.locations().get(0).currency());
		String versus = summary.comparison().kind().label();
		List<KpiCard> cards = SummaryCards.of(summary, symbol, commission).stream()
			.map(card -> KpiCard.of(card, symbol, versus)).toList();
		List<Figure> toDate = List.of(new Figure("Month to date", money(symbol, summary.revenueToDate().mtd())),
				new Figure("Quarter to date", money(symbol, summary.revenueToDate().qtd())),
				new Figure("Year to date", money(symbol, summary.revenueToDate().ytd())));
		return new SummaryView(cards, Health.of(summary.pipelineHealth()), toDate,
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

	static String symbol(String currency) {
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
	 * @param value the formatted value, or "n/a"
	 * @param direction up, down, flat or none (no base)
	 * @param tone good, bad, neutral or none: how the change reads (a faster speed to lead is down and good)
	 * @param change the change, e.g. "12.5%", or "n/a"
	 * @param versus what it is compared with
	 * @param detail a line of context, or why there is no value
	 */
	record KpiCard(String key, String label, String value, String direction, String tone, String change,
			String versus, String detail) {

		static KpiCard of(SummaryCards.Card card, String symbol, String versus) {
			String text = (card.change() == null) ? "n/a" : card.change().abs().toPlainString() + "%";
			return new KpiCard(card.key(), card.label(), format(card, symbol), card.direction(), card.tone(), text,
					versus, (card.unavailable() != null) ? card.unavailable() : card.detail());
		}

		private static String format(SummaryCards.Card card, String symbol) {
			if (card.value() == null) {
				return "n/a";
			}
			return switch (card.unit()) {
				case MONEY -> money(symbol, card.value());
				case COUNT -> String.format(Locale.US, "%,d", card.value().longValueExact());
				case PERCENT -> percent(card.value());
				case MINUTES -> minutes(card.value());
			};
		}

		/** @return the change in words, for screen readers */
		public String spoken() {
			String better = switch (this.tone) {
				case "good" -> ", an improvement";
				case "bad" -> ", a decline";
				default -> "";
			};
			return switch (this.direction) {
				case "up" -> "Up " + this.change + " " + this.versus + better;
				case "down" -> "Down " + this.change + " " + this.versus + better;
				case "flat" -> "Unchanged " + this.versus;
				default -> "No change available " + this.versus;
			};
		}

	}

	static String minutes(BigDecimal minutes) {
		if (minutes.compareTo(BigDecimal.valueOf(120)) < 0) {
			return minutes.stripTrailingZeros().toPlainString() + " min";
		}
		return minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString() + " h";
	}

	/**
	 * The pipeline health panel.
	 *
	 * @param score the score out of 100, or "n/a"
	 * @param band good (70 and up), fair (40 to 69), poor (below 40) or none, for its colour
	 * @param parts the four parts
	 */
	record Health(String score, String band, List<HealthPart> parts) {

		static Health of(PipelineHealth health) {
			Integer score = health.score();
			String band = (score == null) ? "none" : (score >= 70) ? "good" : (score >= 40) ? "fair" : "poor";
			return new Health((score == null) ? "n/a" : score.toString(), band, health.parts().stream()
				.map(part -> new HealthPart(part.key(), part.label(), percent(part.percent()),
						part.weight().stripTrailingZeros().toPlainString(), part.explanation()))
				.toList());
		}

	}

	/**
	 * A part of the health score.
	 *
	 * @param key coverage, freshness, aging or balance
	 * @param label its name
	 * @param value the part in percent, or "n/a" when left out
	 * @param weight its weight
	 * @param explanation how it came about, with its numbers
	 */
	record HealthPart(String key, String label, String value, String weight, String explanation) {
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
