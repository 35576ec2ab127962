package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.keystonebi.reports.panels.Unit;

/** The metrics of leads, marketing spend, appointments, stages, messages and the public market. */
final class ActivityMetrics {

	private ActivityMetrics() {
	}

	static List<Definition> all() {
		Set<Dimension> contacts = EnumSet.of(Dimension.SOURCE, Dimension.ZIPCODE);
		contacts.addAll(Definition.PEOPLE);
		contacts.addAll(Definition.PERIODS);
		Set<Dimension> spend = EnumSet.of(Dimension.SOURCE, Dimension.MONTH, Dimension.QUARTER);
		Set<Dimension> market = EnumSet.of(Dimension.ZIPCODE);
		market.addAll(Definition.PERIODS);
		Set<Family> leads = EnumSet.of(Family.LEADS);
		Set<Family> appointments = EnumSet.of(Family.APPOINTMENTS);
		Set<Family> stages = EnumSet.of(Family.STAGES);
		Set<Family> sales = EnumSet.of(Family.MARKET);
		return List.of(
				Definition.of("leads", "Leads", Unit.COUNT).by(contacts)
					.means("Contacts created in the period (of type lead, or all contacts where types are not used).")
					.from(leads, (f) -> Figures.count(f.leadCount())),
				Definition.of("lead_conversion_rate", "Lead conversion rate", Unit.PERCENT).by(contacts)
					.means("Of the leads created in the period, the share with a deal won by the period's end, in "
							+ "percent.")
					.from(leads, (f) -> Figures.share((f.leads != null) ? f.leads.converted() : 0, f.leadCount())),
				Definition.of("speed_to_lead_minutes", "Speed to lead (minutes)", Unit.MINUTES).by(contacts)
					.lowerIsBetter()
					.means("Median minutes from a lead's creation to the first outbound call, message or e-mail by "
							+ "a person (not automated), over the period's leads that got one.")
					.from(leads, (f) -> (f.leads != null) ? Figures.oneDecimal(f.leads.replyMinutes()) : null),
				Definition.of("marketing_cost", "Marketing cost", Unit.MONEY).by(spend).lowerIsBetter()
					.means("Spend on lead sources in the period, monthly costs prorated by days; brokerage-wide, so "
							+ "a team or agent scope sees none.")
					.from(EnumSet.of(Family.COSTS), Figures::costAmount),
				Definition.of("cost_per_lead", "Cost per lead", Unit.MONEY).by(spend).lowerIsBetter()
					.means("Marketing cost / leads created in the period (per source when broken down by source).")
					.from(EnumSet.of(Family.COSTS, Family.LEADS),
							(f) -> Figures.ratio(f.costAmount(), Figures.count(f.leadCount()), 2)),
				Definition.of("roi", "ROI", Unit.PERCENT).by(spend)
					.means("(Revenue won in the period from deals of the source - its cost) / cost, in percent.")
					.from(EnumSet.of(Family.COSTS, Family.DEALS), ActivityMetrics::roi),
				Definition.of("appointments_set", "Appointments set", Unit.COUNT).by(contacts)
					.means("Appointments booked (created) in the period.")
					.from(appointments, (f) -> Figures.count((f.appointments != null) ? f.appointments.booked() : 0)),
				Definition.of("appointments_held", "Appointments held", Unit.COUNT).by(contacts)
					.means("Appointments starting in the period with status showed.")
					.from(appointments, (f) -> Figures.count((f.appointments != null) ? f.appointments.held() : 0)),
				Definition.of("appointments_no_show", "No-shows", Unit.COUNT).by(contacts).lowerIsBetter()
					.means("Appointments starting in the period with status noshow.")
					.from(appointments, (f) -> Figures.count((f.appointments != null) ? f.appointments.noShow() : 0)),
				Definition.of("no_show_rate", "No-show rate", Unit.PERCENT).by(contacts).lowerIsBetter()
					.means("No-shows / (held + no-shows) among the appointments starting in the period, in percent.")
					.from(appointments, ActivityMetrics::noShowRate),
				Definition.of("stage_entries", "Stage entries", Unit.COUNT).by(EnumSet.allOf(Dimension.class))
					.means("Entries of deals into a pipeline stage in the period.")
					.from(stages, (f) -> Figures.count((f.stages != null) ? f.stages.entries() : 0)),
				Definition.of("stage_conversion", "Stage conversion", Unit.PERCENT).by(EnumSet.allOf(Dimension.class))
					.means("Of the deals that entered a stage in the period, the share that later entered the next "
							+ "stage (by the pipeline's stage order), in percent; a last stage has none.")
					.from(stages, (f) -> (f.stages != null)
							? Figures.share(f.stages.movedOn(), f.stages.entriesWithNext()) : null),
				Definition.of("messages_outbound", "Outbound messages", Unit.COUNT).by(contacts)
					.means("Calls, messages and e-mails sent by a person (not automated) in the period.")
					.from(EnumSet.of(Family.MESSAGES),
							(f) -> Figures.count((f.messages != null) ? f.messages.outbound() : 0)),
				Definition.of("market_sales", "Market sales", Unit.COUNT).by(market)
					.means("Homes sold in the local market in the period (public records, not scoped by agent).")
					.from(sales, (f) -> Figures.count((f.market != null) ? f.market.sales() : 0)),
				Definition.of("median_sale_price", "Median sale price", Unit.MONEY).by(market)
					.means("Median price of the market's sales in the period.")
					.from(sales, (f) -> (f.market != null) ? Figures.cents(f.market.medianPrice()) : null),
				Definition.of("price_per_sqft", "Price per sq ft", Unit.MONEY).by(market)
					.means("Median price per square foot of living area of the market's sales in the period.")
					.from(sales, (f) -> (f.market != null) ? Figures.cents(f.market.pricePerSqft()) : null));
	}

	private static BigDecimal roi(Figures figures) {
		BigDecimal cost = figures.costAmount();
		return (cost == null) ? null
				: Figures.ratio(figures.revenue().subtract(cost).multiply(Figures.HUNDRED), cost, 1);
	}

	private static BigDecimal noShowRate(Figures figures) {
		if (figures.appointments == null) {
			return null;
		}
		long held = figures.appointments.held();
		long missed = figures.appointments.noShow();
		return Figures.share(missed, held + missed);
	}

}
