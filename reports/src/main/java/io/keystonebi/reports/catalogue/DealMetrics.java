package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.panels.Unit;

/** The metrics of deals, commission, pipeline and targets, as the KPI definitions fix them. */
final class DealMetrics {

	private static final Set<Family> DEALS = EnumSet.of(Family.DEALS);

	private DealMetrics() {
	}

	static List<Definition> all(ReportsProperties.Commission commission) {
		Set<Dimension> every = EnumSet.allOf(Dimension.class);
		Set<Dimension> open = EnumSet.complementOf(EnumSet.copyOf(Definition.PERIODS));
		Set<Dimension> targets = EnumSet.of(Dimension.AGENT, Dimension.TEAM, Dimension.OFFICE, Dimension.MONTH,
				Dimension.QUARTER);
		BigDecimal split = commission.agentSplit();
		return List.of(
				Definition.of("revenue", "Revenue", Unit.MONEY).by(every)
					.means("Sum of the monetary value of the deals won in the period (by the date each was won).")
					.from(DEALS, Figures::revenue),
				Definition.of("gci", "GCI", Unit.MONEY).by(every).commission()
					.means("Gross commission income of the deals won: with sale prices, revenue x the property "
							+ "type's commission rate (or the brokerage's default rate, 3% unless set); with commissions, "
							+ "revenue.")
					.from(DEALS, Figures::gci),
				Definition.of("agent_commission", "Agent commission", Unit.MONEY).by(every).commission()
					.means("GCI x the agents' split (70% unless the brokerage sets another).")
					.from(DEALS, (f) -> agentShare(f.gci(), split)),
				Definition.of("company_dollar", "Company dollar", Unit.MONEY).by(every).commission()
					.means("GCI minus agent commission: what the brokerage keeps.")
					.from(DEALS, (f) -> f.gci().subtract(agentShare(f.gci(), split))),
				Definition.of("deals_won", "Deals won", Unit.COUNT).by(every)
					.means("Deals whose status last became won in the period.")
					.from(DEALS, (f) -> Figures.count(f.won())),
				Definition.of("deals_lost", "Deals lost", Unit.COUNT).by(every).lowerIsBetter()
					.means("Deals whose status last became lost in the period.")
					.from(DEALS, (f) -> Figures.count(f.lost())),
				Definition.of("deals_created", "Deals created", Unit.COUNT).by(every)
					.means("Deals created in the period.")
					.from(DEALS, (f) -> Figures.count((f.deals != null) ? f.deals.created() : 0)),
				Definition.of("win_rate", "Win rate", Unit.PERCENT).by(every)
					.means("Won / (won + lost) among the deals closed in the period, in percent.")
					.from(DEALS, (f) -> Figures.share(f.won(), f.won() + f.lost())),
				Definition.of("average_deal_size", "Average deal size", Unit.MONEY).by(every)
					.means("Revenue / number of deals won in the period; none without a won deal.")
					.from(DEALS, (f) -> Figures.ratio(f.revenue(), Figures.count(f.won()), 2)),
				Definition.of("sales_cycle_days", "Sales cycle (days)", Unit.DAYS).by(every).lowerIsBetter()
					.means("Median days from creation to winning of the deals won in the period.")
					.from(DEALS, (f) -> (f.deals != null) ? Figures.oneDecimal(f.deals.cycleDays()) : null),
				Definition.of("pipeline_value", "Pipeline value", Unit.MONEY).by(open)
					.means("Sum of the monetary value of the deals open at the period's end (created by then and "
							+ "not closed by then).")
					.from(DEALS, (f) -> (f.deals != null) ? f.deals.openValue() : BigDecimal.ZERO),
				Definition.of("weighted_pipeline_value", "Weighted pipeline", Unit.MONEY).by(open)
					.means("Each deal open at the period's end times the win probability of its stage then "
							+ "(configured, or learned as the share won among deals that entered the stage).")
					.from(DEALS, (f) -> (f.deals != null) ? f.deals.weightedValue() : BigDecimal.ZERO),
				Definition.of("open_deals", "Open deals", Unit.COUNT).by(open)
					.means("Number of deals open at the period's end.")
					.from(DEALS, (f) -> Figures.count((f.deals != null) ? f.deals.openDeals() : 0)),
				Definition.of("revenue_target", "Revenue target", Unit.MONEY).by(targets)
					.means("The agents' monthly revenue targets (a team's is the sum of its agents'), prorated by "
							+ "days for partial months.")
					.from(EnumSet.of(Family.TARGETS), (f) -> (f.target != null) ? f.target.amount() : null),
				Definition.of("quota_attainment", "Quota attainment", Unit.PERCENT).by(targets)
					.means("Revenue / revenue target for the period, in percent; none without a target.")
					.from(EnumSet.of(Family.DEALS, Family.TARGETS), DealMetrics::attainment));
	}

	private static BigDecimal agentShare(BigDecimal gci, BigDecimal split) {
		return gci.multiply(split).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal attainment(Figures figures) {
		BigDecimal target = (figures.target != null) ? figures.target.amount() : null;
		BigDecimal share = Figures.ratio(figures.revenue().multiply(Figures.HUNDRED), target, 1);
		return share;
	}

}
