package io.keystonebi.sql.ghl.warehouse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A GHL opportunity. References are GHL ids, resolved when written; make sure the pipeline and stage exist
 * first ({@link PipelinesSql#ensureStage}).
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL opportunity id
 * @param name deal name, or null
 * @param contactSourceId GHL contact id, or null
 * @param pipelineSourceId GHL pipeline id, or null
 * @param stageSourceId GHL pipeline stage id, or null
 * @param assignedUserSourceId GHL user id of the owner, or null
 * @param status {@code open}, {@code won}, {@code lost} or {@code abandoned}
 * @param monetaryValue deal value, or null
 * @param source lead source, or null
 * @param lostReasonId GHL lost-reason id, or null
 * @param createdAt creation time, or null
 * @param wonAt when it was won, or null (then taken from the status history, see
 * {@link OpportunitiesSql#deriveStatusDates})
 * @param lostAt when it was lost, or null (likewise)
 * @param lastStatusChangeAt last status change, or null
 * @param lastStageChangeAt last stage change, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted it, or null
 */
public record OpportunityRow(long locationId, String sourceId, String name, String contactSourceId,
		String pipelineSourceId, String stageSourceId, String assignedUserSourceId, String status,
		BigDecimal monetaryValue, String source, String lostReasonId, OffsetDateTime createdAt, OffsetDateTime wonAt,
		OffsetDateTime lostAt, OffsetDateTime lastStatusChangeAt, OffsetDateTime lastStageChangeAt,
		OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {
}
