package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.ReportsProperties;

/** The alert rules: thresholds from configuration applied to a summary's figures. */
final class AlertRules {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final ReportsProperties.Alerts thresholds;

	AlertRules(ReportsProperties.Alerts thresholds) {
		this.thresholds = thresholds;
	}

	List<Alert> evaluate(ReportingPeriod period, KpiTotals current, ComparisonBasis comparison, KpiChanges changes,
			List<LocationFreshness> locations, Instant now) {
		List<Alert> alerts = new ArrayList<>();
		revenue(current, comparison, changes, alerts);
		conversion(current, comparison, alerts);
		pipeline(current, comparison, changes, alerts);
		if (this.thresholds.noLeads() && current.leads() == 0) {
			alerts.add(new Alert(Severity.CRITICAL, "leads",
					"No leads were created from " + period.from() + " to " + period.lastDay() + "."));
		}
		for (LocationFreshness location : locations) {
			stale(location, now, alerts);
		}
		return List.copyOf(alerts);
	}

	private void revenue(KpiTotals current, ComparisonBasis comparison, KpiChanges changes, List<Alert> alerts) {
		BigDecimal threshold = this.thresholds.revenueDropPercent();
		if (changes.revenue() == null || changes.revenue().negate().compareTo(threshold) <= 0) {
			return;
		}
		BigDecimal base = (comparison.kind() == Comparison.TARGET) ? comparison.targetRevenue()
				: comparison.totals().revenue();
		alerts.add(new Alert(severity(changes.revenue().negate(), threshold), "revenue",
				"Revenue is down " + changes.revenue().negate() + "% " + comparison.kind().label() + ": "
						+ money(current.revenue()) + " against " + money(base) + "."));
	}

	private void conversion(KpiTotals current, ComparisonBasis comparison, List<Alert> alerts) {
		if (comparison.totals() == null || current.conversionRate() == null
				|| comparison.totals().conversionRate() == null) {
			return;
		}
		BigDecimal drop = comparison.totals().conversionRate().subtract(current.conversionRate());
		BigDecimal threshold = this.thresholds.conversionDropPoints();
		if (drop.compareTo(threshold) > 0) {
			alerts.add(new Alert(severity(drop, threshold), "conversion_rate",
					"Conversion rate is down " + drop + " points " + comparison.kind().label() + ": "
							+ current.conversionRate() + "% against " + comparison.totals().conversionRate() + "%."));
		}
	}

	private void pipeline(KpiTotals current, ComparisonBasis comparison, KpiChanges changes, List<Alert> alerts) {
		BigDecimal threshold = this.thresholds.pipelineDropPercent();
		if (changes.pipelineValue() == null || changes.pipelineValue().negate().compareTo(threshold) <= 0) {
			return;
		}
		alerts.add(new Alert(severity(changes.pipelineValue().negate(), threshold), "pipeline_value",
				"Pipeline value is down " + changes.pipelineValue().negate() + "% " + comparison.kind().label() + ": "
						+ money(current.pipelineValue()) + " against " + money(comparison.totals().pipelineValue())
						+ "."));
	}

	private void stale(LocationFreshness location, Instant now, List<Alert> alerts) {
		if (location.dataAsOf() == null) {
			return;
		}
		Duration age = Duration.between(location.dataAsOf(), now);
		if (age.compareTo(this.thresholds.staleDataAfter()) > 0) {
			String ageText = (age.toHours() < 48) ? age.toHours() + " hours" : age.toDays() + " days";
			alerts.add(new Alert(Severity.WARNING, "data_freshness", "The newest data of " + location.name() + " is "
					+ ageText + " old (" + location.dataAsOf() + "); figures may be out of date."));
		}
	}

	private static Severity severity(BigDecimal drop, BigDecimal threshold) {
		return (drop.compareTo(threshold.multiply(TWO)) >= 0) ? Severity.CRITICAL : Severity.WARNING;
	}

	static String money(BigDecimal amount) {
		// Whole units: alerts are read at a glance, and cents never decide one.
		return String.format(Locale.US, "%,.0f", amount);
	}

}
