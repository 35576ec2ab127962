package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;
import io.keystonebi.reports.kpi.GciSplit;
import io.keystonebi.reports.kpi.KpiChanges;
import io.keystonebi.reports.kpi.KpiTotals;
import io.keystonebi.reports.kpi.MoreKpis;
import io.keystonebi.reports.kpi.SalesActivity;
import io.keystonebi.reports.kpi.SalesActivityChanges;
import io.keystonebi.reports.kpi.Summary;

/**
 * The KPI cards of a summary in their order, for the API and the page alike: Revenue, GCI, Leads, Conversion rate,
 * Pipeline value, Average deal size, Speed to lead, Appointments, Win rate. A viewer gets no GCI card: commission is
 * what agents earn, which a viewer may not see.
 */
final class SummaryCards {

	private SummaryCards() {
	}

	/** @return whether the caller may see commission figures (GCI, agent commission, company dollar) */
	static boolean seesCommission(Caller caller) {
		return caller.role() != Role.VIEWER;
	}

	/**
	 * @param summary the summary
	 * @param symbol the currency symbol money is shown with in the cards' details
	 * @param commission whether to include the GCI card
	 * @return the cards, in order
	 */
	static List<Card> of(Summary summary, String symbol, boolean commission) {
		KpiTotals totals = summary.current();
		KpiChanges changes = summary.changes();
		MoreKpis more = summary.more();
		SalesActivity now = more.current();
		SalesActivityChanges moreChanges = more.changes();
		List<Card> cards = new ArrayList<>();
		cards.add(new Card("revenue", "Revenue", totals.revenue(), Unit.MONEY, changes.revenue(), false,
				count(now.wonDeals(), "deal") + " won", null));
		if (commission) {
			cards.add(gci(more.commission(), moreChanges.gci(), symbol));
		}
		cards.add(new Card("leads", "Leads", BigDecimal.valueOf(totals.leads()), Unit.COUNT, changes.leads(), false,
				count(totals.convertedLeads(), "lead") + " converted by the period's end", null));
		cards.add(new Card("conversion_rate", "Conversion rate", totals.conversionRate(), Unit.PERCENT,
				changes.conversionRate(), false,
				totals.convertedLeads() + " of " + count(totals.leads(), "lead") + " with a won deal", null));
		cards.add(new Card("pipeline_value", "Pipeline value", totals.pipelineValue(), Unit.MONEY,
				changes.pipelineValue(), false, "Weighted by stage win probability: "
						+ SummaryView.money(symbol, summary.pipelineHealth().weightedPipeline()), null));
		cards.add(new Card("average_deal_size", "Average deal size", now.averageDealSize(), Unit.MONEY,
				moreChanges.averageDealSize(), false, "Revenue / " + count(now.wonDeals(), "won deal"),
				(now.wonDeals() == 0) ? "No deal was won in this period." : null));
		cards.add(speedToLead(now, totals, more, moreChanges));
		cards.add(appointments(now, more, moreChanges));
		cards.add(new Card("win_rate", "Win rate", now.winRate(), Unit.PERCENT, moreChanges.winRate(), false,
				now.wonDeals() + " won, " + now.lostDeals() + " lost",
				(now.winRate() == null) ? "No deal was won or lost in this period." : null));
		return List.copyOf(cards);
	}

	private static Card gci(GciSplit split, BigDecimal change, String symbol) {
		String basis = split.valueIsCommission() ? "Deal values are commissions, so GCI = revenue."
				: "Deal values are sale prices; GCI at " + percent(split.rate())
						+ " unless the property type sets its own rate.";
		return new Card("gci", "GCI (commission)", split.gci(), Unit.MONEY, change, false,
				"Agents' " + percent(split.agentSplit()) + " split " + SummaryView.money(symbol, split.agentCommission())
						+ ", company dollar " + SummaryView.money(symbol, split.companyDollar()) + ". " + basis,
				null);
	}

	// Lower is better: the card's change reads as good when it falls.
	private static Card speedToLead(SalesActivity now, KpiTotals totals, MoreKpis more, SalesActivityChanges changes) {
		String unavailable = null;
		if (!more.messagesSynced()) {
			unavailable = "No messages or calls have been synced, so replies to new leads cannot be timed.";
		}
		else if (now.speedToLeadMinutes() == null) {
			unavailable = "None of the period's " + count(totals.leads(), "lead") + " has had a reply from a person yet.";
		}
		BigDecimal value = (unavailable != null) ? null : now.speedToLeadMinutes();
		return new Card("speed_to_lead", "Speed to lead", value, Unit.MINUTES, (unavailable != null) ? null
				: changes.speedToLead(), true, "Median time to a person's first reply, over " + now.answeredLeads()
						+ " of " + count(totals.leads(), "lead") + " answered", unavailable);
	}

	private static Card appointments(SalesActivity now, MoreKpis more, SalesActivityChanges changes) {
		if (!more.appointmentsSynced()) {
			return new Card("appointments", "Appointments set", null, Unit.COUNT, null, false, null,
					"No appointments have been synced from the calendars.");
		}
		String noShow = (now.noShowRate() == null) ? "n/a" : now.noShowRate().toPlainString() + "%";
		return new Card("appointments", "Appointments set", BigDecimal.valueOf(now.appointmentsSet()), Unit.COUNT,
				changes.appointmentsSet(), false, now.appointmentsHeld() + " held, " + now.appointmentsNoShow()
						+ " no-shows (no-show rate " + noShow + ")", null);
	}

	private static String count(long count, String noun) {
		return String.format(Locale.US, "%,d", count) + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	/** How a card's value is measured. */
	enum Unit {

		/** In the location's currency. */
		MONEY,

		/** A number of things. */
		COUNT,

		/** A percentage with one decimal. */
		PERCENT,

		/** Minutes (a median) with one decimal. */
		MINUTES;

		/** @return the name in the API, e.g. {@code money} */
		String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A KPI card.
	 *
	 * @param key the KPI's name in the API
	 * @param label its title
	 * @param value its value, or null when unknown
	 * @param unit how the value is measured
	 * @param change the change in percent against the comparison, or null without a base
	 * @param lowerIsBetter whether a fall is an improvement (speed to lead)
	 * @param detail a line of context under the value, or null
	 * @param unavailable why there is no value, when there is none for want of data
	 */
	record Card(String key, String label, BigDecimal value, Unit unit, BigDecimal change, boolean lowerIsBetter,
			String detail, String unavailable) {

		/** @return up, down, flat or none (no base) */
		String direction() {
			if (this.change == null) {
				return "none";
			}
			return switch (this.change.signum()) {
				case 1 -> "up";
				case -1 -> "down";
				default -> "flat";
			};
		}

		/** @return good, bad or neutral as the change reads for the business, none without a change */
		String tone() {
			return switch (direction()) {
				case "up" -> this.lowerIsBetter ? "bad" : "good";
				case "down" -> this.lowerIsBetter ? "good" : "bad";
				case "flat" -> "neutral";
				default -> "none";
			};
		}

	}

}
