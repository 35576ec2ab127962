package io.keystonebi.etl.ghl.webhooks;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.ConversationsSql;
import io.keystonebi.sql.ghl.warehouse.MessageRow;
import io.keystonebi.sql.ghl.warehouse.MessagesSql;

/**
 * Inbound and outbound messages. GHL's examples label some messages with the wrong event type, so the payload's
 * own {@code direction} decides when it has one. Messages without a {@code messageId} (GHL's SMS and e-mail
 * examples have none) are keyed by their webhook id ({@link MessageRow#provisionalId}), so a replay still writes
 * one row, and are written into the row of the same message the API sync stored, if there is one
 * ({@link MessagesSql#upsert} explains how the two are matched).
 */
final class MessageEvents implements EventHandler {

	private final Jdbi jdbi;

	MessageEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("InboundMessage", "OutboundMessage");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord m = event.body();
		long location = event.location();
		OffsetDateTime created = m.time("dateAdded");
		OffsetDateTime sentAt = (created != null) ? created : event.at();
		String conversation = m.text("conversationId");
		if (conversation != null) {
			this.jdbi.onDemand(ConversationsSql.class)
				.ensureForMessage(location, conversation, m.text("contactId"), sentAt);
		}
		String id = m.text("messageId", "id");
		this.jdbi.onDemand(MessagesSql.class)
			.upsert(new MessageRow(location, (id != null) ? id : MessageRow.provisionalId(event.webhookId()), conversation,
					m.text("contactId"), m.text("userId"), MessageChannels.of(m.text("messageType")),
					m.text("messageType"), direction(event, m), m.text("status"), m.text("source"), m.text("body"),
					callDuration(m), m.text("from"), m.strings("to"), m.strings("cc"), m.strings("bcc"),
					m.text("subject"), m.text("threadId"), m.text("emailMessageId"), sentAt, event.at(), null));
	}

	private static String direction(WebhookEvent event, GhlRecord m) {
		String direction = m.text("direction");
		if ("inbound".equals(direction) || "outbound".equals(direction)) {
			return direction;
		}
		return "InboundMessage".equals(event.type()) ? "inbound" : "outbound";
	}

	private static Integer callDuration(GhlRecord m) {
		Integer seconds = m.integer("callDuration");
		GhlRecord meta = m.object("meta");
		return (seconds == null && meta != null) ? meta.integer("callDuration") : seconds;
	}

}
