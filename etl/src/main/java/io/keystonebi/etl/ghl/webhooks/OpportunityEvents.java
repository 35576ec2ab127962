package io.keystonebi.etl.ghl.webhooks;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.OpportunitiesSql;
import io.keystonebi.sql.ghl.warehouse.OpportunityRow;
import io.keystonebi.sql.ghl.warehouse.PipelinesSql;

/**
 * Opportunity events. Each carries the whole opportunity; a create or stage update also records a stage entry,
 * a create or status update a status change, both at the event's time. GHL fires an OpportunityUpdate next to
 * most of them, which is harmless: the same version is written twice.
 */
final class OpportunityEvents implements EventHandler {

	private static final Set<String> STATUSES = Set.of("open", "won", "lost", "abandoned");

	private final Jdbi jdbi;

	OpportunityEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("OpportunityCreate", "OpportunityUpdate", "OpportunityDelete", "OpportunityStageUpdate",
				"OpportunityStatusUpdate", "OpportunityMonetaryValueUpdate", "OpportunityAssignedToUpdate");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord o = event.body();
		long location = event.location();
		String id = event.required(o, "id");
		String pipeline = o.text("pipelineId");
		String stage = o.text("pipelineStageId");
		String status = status(event, o);
		boolean stageEntered = is(event, "OpportunityCreate", "OpportunityStageUpdate") && stage != null;
		boolean statusChanged = is(event, "OpportunityCreate", "OpportunityStatusUpdate");
		if (pipeline != null) {
			this.jdbi.onDemand(PipelinesSql.class).ensureStage(location, pipeline, stage);
		}
		OpportunitiesSql opportunities = this.jdbi.onDemand(OpportunitiesSql.class);
		opportunities.upsert(new OpportunityRow(location, id, o.text("name"), o.text("contactId"), pipeline, stage,
				o.text("assignedTo"), status, o.decimal("monetaryValue"), o.text("source"), o.text("lostReasonId"),
				first(o.time("dateAdded"), o.time("createdAt")), null, null, statusChanged ? event.at() : null,
				stageEntered ? event.at() : null, event.at(), event.deletedAtIf("OpportunityDelete")));
		if (stageEntered && pipeline != null) {
			opportunities.enterStage(location, id, pipeline, stage, event.at());
		}
		if (statusChanged) {
			opportunities.changeStatus(location, id, status, event.at());
		}
		opportunities.deriveStatusDates(location, id);
	}

	private static String status(WebhookEvent event, GhlRecord o) {
		String status = o.text("status");
		if (status == null) {
			return "open";
		}
		if (!STATUSES.contains(status)) {
			throw new WebhookEventInvalidException(
					event.type() + " event has status '" + status + "', not one of open, won, lost, abandoned");
		}
		return status;
	}

	private static boolean is(WebhookEvent event, String... types) {
		return Set.of(types).contains(event.type());
	}

	private static OffsetDateTime first(OffsetDateTime a, OffsetDateTime b) {
		return (a != null) ? a : b;
	}

}
