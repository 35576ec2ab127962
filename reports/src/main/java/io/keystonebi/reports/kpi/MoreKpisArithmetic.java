package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.dashboard.PeriodDetailsRow;
import io.keystonebi.sql.dashboard.SummaryRow;

/** The cards beyond the headline four, from the summary statement's counts, as the KPI definitions fix them. */
final class MoreKpisArithmetic {

	private final ReportsProperties.Commission commission;

	MoreKpisArithmetic(ReportsProperties.Commission commission) {
		this.commission = commission;
	}

	/**
	 * @param row the summary statement's answer
	 * @param current the period's headline figures
	 * @param base the compared period's headline figures, or null when comparing with targets
	 * @return the further cards of the period and, without a target, of the compared period with the changes
	 */
	MoreKpis of(SummaryRow row, KpiTotals current, KpiTotals base) {
		SalesActivity now = activity(row.details(), current.revenue());
		SalesActivity then = (base != null) ? activity(row.baseDetails(), base.revenue()) : null;
		SalesActivityChanges changes = (then != null) ? changes(now, then) : SalesActivityChanges.NONE;
		return new MoreKpis(now, then, changes, split(now.gci()), row.hasMessages(), row.hasAppointments());
	}

	private SalesActivity activity(PeriodDetailsRow row, BigDecimal revenue) {
		BigDecimal gci = valueIsCommission() ? revenue : row.gciAtRates();
		BigDecimal average = (row.wonDeals() == 0) ? null
				: revenue.divide(BigDecimal.valueOf(row.wonDeals()), 2, RoundingMode.HALF_UP);
		BigDecimal minutes = (row.speedToLeadMinutes() == null) ? null
				: BigDecimal.valueOf(row.speedToLeadMinutes()).setScale(1, RoundingMode.HALF_UP);
		return new SalesActivity(gci, row.wonDeals(), average, row.lostDeals(),
				Changes.share(row.wonDeals(), row.wonDeals() + row.lostDeals()), row.answeredLeads(), minutes,
				row.appointmentsSet(), row.appointmentsHeld(), row.appointmentsNoShow(),
				Changes.share(row.appointmentsNoShow(), row.appointmentsHeld() + row.appointmentsNoShow()));
	}

	private static SalesActivityChanges changes(SalesActivity now, SalesActivity then) {
		return new SalesActivityChanges(Changes.percent(now.gci(), then.gci()),
				Changes.percent(now.averageDealSize(), then.averageDealSize()),
				Changes.ratioPercent(now.wonDeals(), now.wonDeals() + now.lostDeals(), then.wonDeals(),
						then.wonDeals() + then.lostDeals()),
				Changes.percent(now.speedToLeadMinutes(), then.speedToLeadMinutes()),
				Changes.percent(BigDecimal.valueOf(now.appointmentsSet()), BigDecimal.valueOf(then.appointmentsSet())));
	}

	private GciSplit split(BigDecimal gci) {
		BigDecimal agents = gci.multiply(this.commission.agentSplit()).setScale(2, RoundingMode.HALF_UP);
		return new GciSplit(gci, agents, gci.subtract(agents), valueIsCommission(), this.commission.rate(),
				this.commission.agentSplit());
	}

	private boolean valueIsCommission() {
		return this.commission.valueIs() == ReportsProperties.Commission.DealValue.COMMISSION;
	}

}
