package io.keystonebi.sql.pipeline;

/**
 * The stays of deals in one pipeline stage that began in a period.
 *
 * @param stageId the stage's warehouse id
 * @param stage its name
 * @param pipeline its pipeline's name
 * @param entries entries into it in the period
 * @param movedOn those followed by an entry into another stage (whenever that came)
 * @param medianDays the median days from entry to the next entry, over those; null when none moved on
 */
public record StageStayRow(long stageId, String stage, String pipeline, long entries, long movedOn,
		Double medianDays) {
}
