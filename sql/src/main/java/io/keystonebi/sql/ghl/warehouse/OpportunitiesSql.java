package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * GHL opportunities with their stage and status history. History rows are keyed by (opportunity, stage or
 * status, time), so a replayed or reordered event adds nothing twice; after writing either, call
 * {@link #deriveStatusDates} so won, lost and last-change dates follow the history whatever the arrival order.
 */
@UseClasspathSqlLocator
public interface OpportunitiesSql {

	@SqlUpdate
	void upsert(@BindMethods OpportunityRow row);

	/** Records that the opportunity entered a stage; nothing when the opportunity or stage is unknown. */
	@SqlUpdate
	void enterStage(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId,
			@Bind("pipelineSourceId") String pipelineSourceId, @Bind("stageSourceId") String stageSourceId,
			@Bind("enteredAt") OffsetDateTime enteredAt);

	/** Records that the opportunity's status became {@code status}; nothing when the opportunity is unknown. */
	@SqlUpdate
	void changeStatus(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId,
			@Bind("status") String status, @Bind("changedAt") OffsetDateTime changedAt);

	/**
	 * Sets won and lost dates and the last stage and status change from the history: the latest entry into the
	 * current status or stage, else what the row already holds.
	 */
	@SqlUpdate
	void deriveStatusDates(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId);

}
