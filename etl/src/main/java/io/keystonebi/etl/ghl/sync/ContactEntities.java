package io.keystonebi.etl.ghl.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.warehouse.ContactsSql;
import io.keystonebi.sql.ghl.warehouse.CustomFieldsSql;
import io.keystonebi.sql.ghl.warehouse.NotesSql;

/** Contacts (by update time, with their custom field values) and their notes (reachable only per contact). */
final class ContactEntities {

	private ContactEntities() {
	}

	static final class Contacts implements EntitySync {

		@Override
		public String name() {
			return "contacts";
		}

		@Override
		public String table() {
			return "contacts";
		}

		@Override
		public boolean incremental() {
			return true;
		}

		@Override
		public Listing listing(SyncRun run) {
			Instant since = run.since(name());
			return Listing.of(run.client().searches().contacts(since, null, run.settings().searchPageSize()), null);
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord c) {
			OffsetDateTime updated = c.time("dateUpdated");
			run.jdbi()
				.onDemand(ContactsSql.class)
				.upsert(GhlRows.contact(run.locationId(), c, run.runAt(), (updated != null) ? updated : run.runAt(),
						null));
			writeCustomValues(run, "contact", GhlRows.required(c, "id"), c.node().path("customFields"));
			return updated;
		}

	}

	static final class Notes implements EntitySync {

		@Override
		public String name() {
			return "notes";
		}

		@Override
		public String table() {
			return "notes";
		}

		@Override
		public boolean incremental() {
			return false;
		}

		@Override
		public Listing listing(SyncRun run) {
			// An incremental run reads the notes of the contacts it has just written; a note added to an
			// unchanged contact arrives by webhook or with the nightly full run.
			OffsetDateTime since = run.full() ? null : run.runAt();
			return Listing.perKey(
					() -> run.jdbi().onDemand(GhlSyncSql.class).contactSourceIds(run.locationId(), since),
					(contact) -> run.client().contactNotes(contact));
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord n) {
			OffsetDateTime added = n.time("dateAdded");
			OffsetDateTime version = n.time("dateUpdated");
			run.jdbi()
				.onDemand(NotesSql.class)
				.upsert(GhlRows.note(run.locationId(), n, (version != null) ? version : run.runAt(), null));
			return (version != null) ? version : added;
		}

	}

	/**
	 * Writes the object's custom field values: contacts send {@code customFields[{id, value}]}, opportunities
	 * {@code customFields} or {@code custom_fields} with {@code fieldValue}. GHL lists every value the object
	 * has, so a stored value of a field the list leaves out (cleared, or its field deleted) is marked deleted; a
	 * record without the list at all leaves the stored values as they are.
	 */
	static void writeCustomValues(SyncRun run, String objectType, String objectSourceId, JsonNode values) {
		CustomFieldsSql fields = run.jdbi().onDemand(CustomFieldsSql.class);
		List<String> written = new ArrayList<>();
		for (JsonNode value : values) {
			String field = value.path("id").asString(null);
			JsonNode content = value.has("fieldValue") ? value.path("fieldValue") : value.path("value");
			if (field != null && !content.isMissingNode()) {
				fields.upsertValue(run.locationId(), objectType, objectSourceId, field, content.toString());
				written.add(field);
			}
		}
		if (values.isArray()) {
			fields.deleteMissingValues(run.locationId(), objectType, objectSourceId, written.toArray(String[]::new),
					run.runAt());
		}
	}

	static List<EntitySync> all() {
		return List.of(new Contacts(), new Notes());
	}

}
