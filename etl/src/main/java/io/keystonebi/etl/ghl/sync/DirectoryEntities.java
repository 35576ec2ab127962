package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.warehouse.CustomFieldRow;
import io.keystonebi.sql.ghl.warehouse.CustomFieldsSql;
import io.keystonebi.sql.ghl.warehouse.PipelinesSql;
import io.keystonebi.sql.ghl.warehouse.TagsSql;
import io.keystonebi.sql.ghl.warehouse.UsersSql;

/**
 * Users, pipelines with their stages, tags and custom fields: short lists GHL can neither filter by update time
 * nor date, so both syncs re-read them in full, each version timed at the run's start.
 */
final class DirectoryEntities {

	private DirectoryEntities() {
	}

	static List<EntitySync> all() {
		return List.of(new Users(), new Pipelines(), new Tags(), new CustomFields());
	}

	private abstract static class FullList implements EntitySync {

		@Override
		public boolean incremental() {
			return false;
		}

	}

	static final class Users extends FullList {

		@Override
		public String name() {
			return "users";
		}

		@Override
		public String table() {
			return "users";
		}

		@Override
		public Listing listing(SyncRun run) {
			// GHL wants the agency id even with a location token; the location record names it.
			String companyId = run.client().location().path("companyId").asString(null);
			return Listing.of(run.client().users(companyId, run.settings().listPageSize()), null);
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord u) {
			OffsetDateTime deleted = u.bool("deleted") ? run.runAt() : null;
			run.jdbi().onDemand(UsersSql.class).upsert(GhlRows.user(run.locationId(), u, run.runAt(), deleted));
			return null;
		}

	}

	/**
	 * Pipelines with their stages. A full run marks deleted the pipelines and the stages it no longer saw; a
	 * deleted stage keeps its row, so opportunities and their stage history still point at it.
	 */
	static final class Pipelines extends FullList {

		/** The name the stages a full run saw are recorded under, as {@code <pipeline id>/<stage id>}. */
		static final String STAGES = "pipelineStages";

		@Override
		public String name() {
			return "pipelines";
		}

		@Override
		public String table() {
			return "pipelines";
		}

		@Override
		public Listing listing(SyncRun run) {
			return Listing.single(() -> run.client().pipelines());
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord p) {
			PipelinesSql pipelines = run.jdbi().onDemand(PipelinesSql.class);
			String id = GhlRows.required(p, "id");
			pipelines.upsertPipeline(run.locationId(), id, p.text("name"), run.runAt());
			int index = 0;
			for (JsonNode node : p.node().path("stages")) {
				GhlRecord stage = new GhlRecord(node);
				Integer position = stage.integer("position");
				pipelines.upsertStage(run.locationId(), id, GhlRows.required(stage, "id"), stage.text("name"),
						(position != null) ? position : index);
				index++;
			}
			return null;
		}

		@Override
		public void seen(GhlRecord p, BiConsumer<String, String> seen) {
			String id = sourceId(p);
			seen.accept(name(), id);
			for (JsonNode stage : p.node().path("stages")) {
				String stageId = stage.path("id").asString(null);
				if (stageId != null) {
					seen.accept(STAGES, id + "/" + stageId);
				}
			}
		}

		@Override
		public int deleteUnseen(SyncRun run, long runId) {
			int pipelines = super.deleteUnseen(run, runId);
			return pipelines
					+ run.jdbi().onDemand(GhlSyncSql.class).deleteUnseenStages(run.locationId(), runId, STAGES, run.runAt());
		}

	}

	static final class Tags extends FullList {

		@Override
		public String name() {
			return "tags";
		}

		@Override
		public String table() {
			return "tags";
		}

		@Override
		public Listing listing(SyncRun run) {
			return Listing.single(() -> run.client().tags());
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord t) {
			run.jdbi()
				.onDemand(TagsSql.class)
				.upsert(run.locationId(), GhlRows.required(t, "id"), t.text("name"), run.runAt());
			return null;
		}

	}

	static final class CustomFields extends FullList {

		@Override
		public String name() {
			return "customFields";
		}

		@Override
		public String table() {
			return "custom_fields";
		}

		@Override
		public Listing listing(SyncRun run) {
			return Listing.single(() -> run.client().customFields("all"));
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord f) {
			String model = "opportunity".equals(f.text("model")) ? "opportunity" : "contact";
			run.jdbi()
				.onDemand(CustomFieldsSql.class)
				.upsert(new CustomFieldRow(run.locationId(), GhlRows.required(f, "id"), f.text("name"),
						f.text("fieldKey"), f.text("dataType"), model, f.integer("position"), f.json("picklistOptions"),
						run.runAt()));
			return null;
		}

	}

}
