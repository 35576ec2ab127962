package io.keystonebi.reports.funnel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.keystonebi.reports.ReportsProperties;

/**
 * The likely causes of each funnel stage's drop-off that a cohort's counts support, each a sentence with the
 * number of leads it concerns (its weight among the page's findings):
 * <ul>
 * <li>a source or agent whose leads drop out at a stage {@code causeRatio} times as often as the average lead or
 * more, or move on at the average rate divided by it or less (groups of at least {@code minLeads} at the stage);</li>
 * <li>at the first stage, leads not contacted within the speed-to-lead time converting fewer points than those
 * contacted in time (both groups of at least {@code minLeads});</li>
 * <li>open leads sitting at a stage with a deal idle for more than {@code idleDays}.</li>
 * </ul>
 */
public final class DropoffCauses {

	private final ReportsProperties.Funnel funnel;

	/** @param funnel the thresholds */
	public DropoffCauses(ReportsProperties.Funnel funnel) {
		this.funnel = funnel;
	}

	/**
	 * @param cohort the leads
	 * @param window the window to explain
	 * @return the causes at each stage from Lead to Proposal, most leads concerned first within a stage
	 */
	public List<Cause> of(LeadCohort cohort, String window) {
		long[] reached = cohort.reached(window);
		List<Cause> causes = new ArrayList<>();
		for (FunnelStage stage : FunnelStage.ALL.subList(0, FunnelStage.COUNT - 1)) {
			int k = stage.ordinal();
			if (reached[k] == 0) {
				continue;
			}
			List<Cause> here = new ArrayList<>();
			for (Map.Entry<String, long[]> source : cohort.bySource(window).entrySet()) {
				group("Leads from " + source.getKey(), stage, LeadCohort.reached(source.getValue()), reached, here);
			}
			for (LeadCohort.AgentFunnel agent : cohort.byAgent(window)) {
				group("Leads of " + agent.label(), stage, LeadCohort.reached(agent.furthest()), reached, here);
			}
			if (stage == FunnelStage.LEAD) {
				speed(cohort, window, here);
			}
			long idle = cohort.idle(window)[k];
			if (idle > 0) {
				here.add(new Cause(stage, idle + ((idle == 1) ? " open lead" : " open leads") + " at " + stage.label()
						+ ((idle == 1) ? " has" : " have") + " a deal with no activity or stage change for more than "
						+ this.funnel.idleDays() + " days.", idle));
			}
			here.sort(Comparator.comparingLong(Cause::leads).reversed());
			causes.addAll(here);
		}
		return causes;
	}

	/**
	 * @param causes causes from {@link #of}
	 * @param count how many
	 * @return the sentences of the causes concerning the most leads
	 */
	public static List<String> top(List<Cause> causes, int count) {
		return causes.stream().sorted(Comparator.comparingLong(Cause::leads).reversed()).limit(count)
			.map(Cause::sentence).toList();
	}

	private void group(String who, FunnelStage stage, long[] group, long[] all, List<Cause> causes) {
		int k = stage.ordinal();
		if (group[k] < this.funnel.minLeads() || group[k] == all[k]) {
			return;
		}
		// Compared exactly (cross-multiplied), so a group right at the threshold is named or not whatever the rounding.
		BigDecimal ratio = this.funnel.causeRatio();
		BigDecimal groupDropped = BigDecimal.valueOf(group[k] - group[k + 1]);
		BigDecimal allDropped = BigDecimal.valueOf(all[k] - all[k + 1]);
		double averageOn = (double) all[k + 1] / all[k];
		double on = (double) group[k + 1] / group[k];
		long excess = Math.max(1, Math.round(group[k] * (averageOn - on)));
		if (allDropped.signum() > 0 && groupDropped.multiply(BigDecimal.valueOf(all[k]))
			.compareTo(ratio.multiply(allDropped).multiply(BigDecimal.valueOf(group[k]))) >= 0) {
			causes.add(new Cause(stage, who + " drop out at " + stage.label() + " "
					+ Rates.times((1 - on) / (1 - averageOn)) + " as often as the average lead (" + Rates.text(Rates.dropOff(group[k + 1], group[k])) + " vs "
					+ Rates.text(Rates.dropOff(all[k + 1], all[k])) + ").", excess));
		}
		else if (all[k + 1] > 0 && ratio.multiply(BigDecimal.valueOf(group[k + 1] * all[k]))
			.compareTo(BigDecimal.valueOf(all[k + 1] * group[k])) <= 0) {
			causes.add(new Cause(stage, who + " move on from " + stage.label() + " at " + Rates.times(on / averageOn)
					+ " the average rate (" + Rates.text(Rates.percent(group[k + 1], group[k])) + " vs "
					+ Rates.text(Rates.percent(all[k + 1], all[k])) + ").", excess));
		}
	}

	private void speed(LeadCohort cohort, String window, List<Cause> causes) {
		long[] fast = cohort.bySpeed(window, true);
		long[] slow = cohort.bySpeed(window, false);
		long fastLeads = LeadCohort.sum(fast);
		long slowLeads = LeadCohort.sum(slow);
		if (fastLeads < this.funnel.minLeads() || slowLeads < this.funnel.minLeads()) {
			return;
		}
		int closed = FunnelStage.CLOSED.ordinal();
		BigDecimal fastRate = Rates.percent(fast[closed], fastLeads);
		BigDecimal slowRate = Rates.percent(slow[closed], slowLeads);
		BigDecimal difference = fastRate.subtract(slowRate);
		if (difference.signum() > 0) {
			long concerned = Math.max(1, Math.round(slowLeads * difference.doubleValue() / 100));
			causes.add(new Cause(FunnelStage.LEAD, "Leads not contacted within " + describe(this.funnel.speedToLead())
					+ " convert " + Rates.points(difference) + " lower than those contacted in time ("
					+ Rates.text(slowRate) + " vs " + Rates.text(fastRate) + ").", concerned));
		}
	}

	/** @return a duration as a sentence writes it: {@code 24 h}, {@code 90 min} */
	static String describe(Duration duration) {
		if (duration.toMinutes() % 60 == 0) {
			return duration.toHours() + " h";
		}
		return (duration.getSeconds() % 60 == 0) ? duration.toMinutes() + " min" : duration.getSeconds() + " s";
	}

	/**
	 * A likely cause of a stage's drop-off.
	 *
	 * @param stage the stage leads drop out at
	 * @param sentence what the data shows, naming the stage
	 * @param leads about how many leads it concerns: the extra leads lost, or the idle ones
	 */
	public record Cause(FunnelStage stage, String sentence, long leads) {
	}

}
