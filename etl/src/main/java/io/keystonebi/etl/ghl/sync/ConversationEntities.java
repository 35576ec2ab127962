package io.keystonebi.etl.ghl.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.keystonebi.etl.ghl.client.GhlSearches;
import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.etl.ghl.webhooks.MessageChannels;
import io.keystonebi.sql.ghl.warehouse.ConversationRow;
import io.keystonebi.sql.ghl.warehouse.ConversationsSql;
import io.keystonebi.sql.ghl.warehouse.MessageRow;
import io.keystonebi.sql.ghl.warehouse.MessagesSql;

/** Conversations by last message time, and messages from the location-wide export by update time. */
final class ConversationEntities {

	private ConversationEntities() {
	}

	static List<EntitySync> all() {
		return List.of(new Conversations(), new Messages());
	}

	static final class Conversations implements EntitySync {

		@Override
		public String name() {
			return "conversations";
		}

		@Override
		public String table() {
			return "conversations";
		}

		@Override
		public boolean incremental() {
			return true;
		}

		@Override
		public Listing listing(SyncRun run) {
			Instant since = run.since(name());
			// The search's cursor is the last message time of the record before: starting from one reads only
			// conversations with newer messages.
			return Listing.of(run.client().searches().conversations(run.settings().listPageSize()),
					(since != null) ? String.valueOf(since.toEpochMilli()) : null);
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord v) {
			OffsetDateTime last = v.time("lastMessageDate");
			OffsetDateTime version = v.time("dateUpdated");
			run.jdbi()
				.onDemand(ConversationsSql.class)
				.upsert(new ConversationRow(run.locationId(), GhlRows.required(v, "id"), v.text("contactId"),
						v.text("assignedTo"), v.text("type"), last, v.integer("unreadCount"),
						(version != null) ? version : (last != null) ? last : run.runAt(), null));
			return last;
		}

	}

	static final class Messages implements EntitySync {

		@Override
		public String name() {
			return "messages";
		}

		@Override
		public String table() {
			return "messages";
		}

		@Override
		public boolean incremental() {
			return true;
		}

		@Override
		public Listing listing(SyncRun run) {
			Instant since = run.since(name());
			GhlSearches searches = run.client().searches();
			int limit = run.settings().searchPageSize();
			// Without a channel GHL's export leaves e-mail out, so e-mail is a second pass.
			return Listing.chain(Listing.of(searches.exportMessages(null, since, limit), null),
					Listing.of(searches.exportMessages("Email", since, limit), null));
		}

		@Override
		public OffsetDateTime write(SyncRun run, GhlRecord m) {
			OffsetDateTime added = m.time("dateAdded");
			OffsetDateTime updated = m.time("dateUpdated", "updatedAt");
			OffsetDateTime version = (updated != null) ? updated : (added != null) ? added : run.runAt();
			String conversation = m.text("conversationId");
			if (conversation != null) {
				run.jdbi()
					.onDemand(ConversationsSql.class)
					.ensureForMessage(run.locationId(), conversation, m.text("contactId"),
							(added != null) ? added : version);
			}
			GhlRecord meta = m.object("meta");
			GhlRecord email = (meta != null) ? meta.object("email") : null;
			run.jdbi()
				.onDemand(MessagesSql.class)
				.upsert(new MessageRow(run.locationId(), GhlRows.required(m, "id"), conversation, m.text("contactId"),
						m.text("userId"), MessageChannels.of(m.text("messageType")), m.text("messageType"),
						m.text("direction"), m.text("status"), m.text("source"), m.text("body"),
						(meta != null) ? meta.integer("callDuration") : null, m.text("from"), m.strings("to"),
						m.strings("cc"), m.strings("bcc"), m.text("subject"), m.text("threadId"),
						(email != null) ? email.text("messageId") : null, (added != null) ? added : version, version,
						null));
			return version;
		}

	}

}
