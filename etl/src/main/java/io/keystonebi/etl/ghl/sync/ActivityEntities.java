package io.keystonebi.etl.ghl.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.warehouse.AppointmentsSql;
import io.keystonebi.sql.ghl.warehouse.TasksSql;

/**
 * Appointments (calendars times time windows) and tasks: GHL has no update filter for either. A full run marks
 * deleted the tasks it did not see, and the appointments it did not see within the time it read.
 */
final class ActivityEntities {

	private ActivityEntities() {
	}

	static List<EntitySync> all() {
		return List.of(new Appointments(), new Tasks());
	}

	static final class Appointments implements EntitySync {

		@Override
		public String name() {
			return "appointments";
		}

		// Only a window of time is read, so a full run deletes only within it (deleteUnseen).
		@Override
		public String table() {
			return "appointments";
		}

		@Override
		public boolean incremental() {
			return false;
		}

		@Override
		public Listing listing(SyncRun run) {
			Instant from = from(run);
			Instant to = to(run);
			Duration window = run.settings().appointmentWindow();
			return Listing.perKey(() -> keys(run, from, to, window), (key) -> {
				String[] parts = key.split("@", 2);
				Instant start = Instant.parse(parts[1]);
				Instant end = start.plus(window).isAfter(to) ? to : start.plus(window);
				return run.client().calendarEvents(parts[0], start, end);
			});
		}

		/**
		 * Marks deleted the appointments the run did not see among those starting within the time it read, of any
		 * calendar (a deleted calendar's appointments are gone too). An appointment outside the time read is left
		 * alone, whether or not it still exists.
		 */
		@Override
		public int deleteUnseen(SyncRun run, long runId) {
			return run.jdbi()
				.onDemand(GhlSyncSql.class)
				.deleteUnseenAppointments(run.locationId(), runId, name(), run.runAt(),
						from(run).atOffset(ZoneOffset.UTC), to(run).atOffset(ZoneOffset.UTC));
		}

		/** @return the start of the time the run reads: the same for a restart, which keeps {@code runAt} */
		private static Instant from(SyncRun run) {
			return run.runAt().toInstant().minus(run.settings().appointmentsBack());
		}

		/** @return the end (exclusive) of the time the run reads */
		private static Instant to(SyncRun run) {
			return run.runAt().toInstant().plus(run.settings().appointmentsForward());
		}

		// One key per calendar and window ("calendarId@windowStart"), in the order GHL lists the calendars.
		private static List<String> keys(SyncRun run, Instant from, Instant to, Duration window) {
			List<String> keys = new ArrayList<>();
			for (JsonNode calendar : run.client().calendars()) {
				String id = calendar.path("id").asString(null);
				for (Instant start = from; id != null && start.isBefore(to); start = start.plus(window)) {
					keys.add(id + "@" + start);
				}
			}
			return keys;
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord a) {
			OffsetDateTime updated = a.time("dateUpdated", "dateAdded");
			run.jdbi()
				.onDemand(AppointmentsSql.class)
				.upsert(GhlRows.appointment(run.locationId(), a, (updated != null) ? updated : run.runAt(), null));
			return updated;
		}

	}

	static final class Tasks implements EntitySync {

		@Override
		public String name() {
			return "tasks";
		}

		@Override
		public String table() {
			return "tasks";
		}

		@Override
		public boolean incremental() {
			return false;
		}

		@Override
		public Listing listing(SyncRun run) {
			return Listing.of(run.client().tasks(null, run.settings().listPageSize()), null);
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord t) {
			OffsetDateTime updated = t.time("dateUpdated");
			run.jdbi()
				.onDemand(TasksSql.class)
				.upsert(GhlRows.task(run.locationId(), t, t.bool("completed"), null,
						(updated != null) ? updated : run.runAt(), null));
			return updated;
		}

	}

}
