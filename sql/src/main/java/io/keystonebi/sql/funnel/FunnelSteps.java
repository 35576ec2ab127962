package io.keystonebi.sql.funnel;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * How the pipeline's stages map to the funnel's steps, bound to every statement that places leads in the funnel
 * (the funnel's counts and the leads drill), so that both place each lead the same way. Names are compared trimmed
 * and in lower case; a stage in none of the lists takes its own {@code funnel_stage}.
 *
 * @param contactedStages trimmed lower-case names of the stages that count as Contacted
 * @param qualifiedStages those that count as Qualified
 * @param proposalStages those that count as Proposal
 * @param contactedByActivity whether an outbound message or call by a person, a connected call or an appointment
 * makes a lead Contacted
 */
public record FunnelSteps(String[] contactedStages, String[] qualifiedStages, String[] proposalStages,
		boolean contactedByActivity) {

	private static final String PLACEMENT = ClasspathSqlLocator.create().locate(FunnelQueries.class, "placement");

	/**
	 * @return the common table expressions that place leads in the funnel ({@code FunnelQueries/placement.sql}),
	 * for a statement's {@code <placement>} define
	 */
	public static String placement() {
		return PLACEMENT;
	}

}
