package io.keystonebi.etl.ghl.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.OpportunitiesSql;
import io.keystonebi.sql.ghl.warehouse.OpportunityRow;
import io.keystonebi.sql.ghl.warehouse.PipelinesSql;

/**
 * Opportunities by update time. The API gives no history, only when the stage and status last changed; those
 * become history entries, which are keyed by time, so reading the same version again adds nothing.
 */
final class OpportunityEntity implements EntitySync {

	private static final Set<String> STATUSES = Set.of("open", "won", "lost", "abandoned");

	@Override
	public String name() {
		return "opportunities";
	}

	@Override
	public String table() {
		return "opportunities";
	}

	@Override
	public boolean incremental() {
		return true;
	}

	@Override
	public Listing listing(SyncRun run) {
		Instant since = run.since(name());
		return Listing.of(run.client().searches().opportunities(since, null, run.settings().searchPageSize()), null);
	}

	@Override
	public OffsetDateTime write(SyncRun run, GhlRecord o) {
		long location = run.locationId();
		String id = GhlRows.required(o, "id");
		String pipeline = o.text("pipelineId");
		String stage = o.text("pipelineStageId");
		String status = status(o);
		OffsetDateTime updated = o.time("updatedAt", "dateUpdated", "date_updated");
		OffsetDateTime stageChanged = o.time("lastStageChangeAt");
		OffsetDateTime statusChanged = o.time("lastStatusChangeAt");
		if (pipeline != null) {
			run.jdbi().onDemand(PipelinesSql.class).ensureStage(location, pipeline, stage);
		}
		OpportunitiesSql opportunities = run.jdbi().onDemand(OpportunitiesSql.class);
		opportunities.upsert(new OpportunityRow(location, id, o.text("name"), o.text("contactId"), pipeline, stage,
				o.text("assignedTo"), status, o.decimal("monetaryValue"), o.text("source"), o.text("lostReasonId"),
				o.time("createdAt", "dateAdded"), null, null, statusChanged, stageChanged,
				(updated != null) ? updated : run.runAt(), null));
		if (stageChanged != null && pipeline != null && stage != null) {
			opportunities.enterStage(location, id, pipeline, stage, stageChanged);
		}
		if (statusChanged != null) {
			opportunities.changeStatus(location, id, status, statusChanged);
		}
		opportunities.deriveStatusDates(location, id);
		ContactEntities.writeCustomValues(run, "opportunity", id,
				o.has("customFields") ? o.node().path("customFields") : o.node().path("custom_fields"));
		return updated;
	}

	private static String status(GhlRecord o) {
		String status = o.text("status");
		return (status != null && STATUSES.contains(status)) ? status : "open";
	}

}
