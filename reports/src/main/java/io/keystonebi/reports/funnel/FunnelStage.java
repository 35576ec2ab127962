package io.keystonebi.reports.funnel;

import java.util.List;
import java.util.Locale;

/**
 * A step of the standard lead funnel, in order. A lead counts at every stage up to the furthest it reached; a lead
 * is Closed when it has a won deal.
 */
public enum FunnelStage {

	/** Every lead of the cohort. */
	LEAD("Lead"),

	/** Contacted: a mapped stage, or (by default) an outbound message or call by a person or an appointment. */
	CONTACTED("Contacted"),

	/** A deal of the lead entered a stage mapped to Qualified. */
	QUALIFIED("Qualified"),

	/** A deal of the lead entered a stage mapped to Proposal. */
	PROPOSAL("Proposal"),

	/** A deal of the lead was won. */
	CLOSED("Closed");

	/** The stages in funnel order. */
	public static final List<FunnelStage> ALL = List.of(values());

	/** How many stages there are. */
	public static final int COUNT = ALL.size();

	private final String label;

	FunnelStage(String label) {
		this.label = label;
	}

	/** @return what a person reads, e.g. {@code Contacted} */
	public String label() {
		return this.label;
	}

	/** @return the value of a {@code funnel_stage} drill filter, e.g. {@code contacted} */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the stage after this one, or null for Closed */
	public FunnelStage next() {
		return (ordinal() + 1 < COUNT) ? ALL.get(ordinal() + 1) : null;
	}

	/** @return the step from this stage to the next, e.g. {@code Lead → Contacted} */
	public String stepLabel() {
		return this.label + " \u2192 " + next().label;
	}

}
