package io.keystonebi.etl.ghl.webhooks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.inbox.NewWebhookEvent;

/**
 * What the inbox needs to know of a delivery: its id, type, location and time. GHL's per-event documents show
 * flat bodies while its integration guide reads {@code body.data}, so fields are looked up in a {@code data}
 * object first and then at the top level.
 */
final class WebhookEnvelope {

	private static final ObjectMapper json = JsonMapper.builder().build();

	private final GhlRecord root;

	private final GhlRecord body;

	private final String webhookId;

	private WebhookEnvelope(GhlRecord root, String webhookId) {
		this.root = root;
		GhlRecord data = root.object("data");
		this.body = (data != null) ? data : root;
		this.webhookId = webhookId;
	}

	static WebhookEnvelope parse(byte[] raw) {
		JsonNode tree;
		try {
			tree = json.readTree(raw);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadMalformedException("Body is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new WebhookPayloadMalformedException("Body must be a JSON object");
		}
		GhlRecord root = new GhlRecord(tree);
		String id = root.text("webhookId");
		return new WebhookEnvelope(root, (id != null) ? id : derivedId(raw));
	}

	/** Parses a stored payload, whose id is already known. */
	static WebhookEnvelope stored(String payload, String webhookId) {
		try {
			return new WebhookEnvelope(new GhlRecord(json.readTree(payload)), webhookId);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadMalformedException("Stored payload is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** GHL retries send the same bytes, so a digest of them identifies a delivery that carries no webhookId. */
	private static String derivedId(byte[] raw) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	String webhookId() {
		return this.webhookId;
	}

	String type() {
		String type = this.root.text("type");
		return (type != null) ? type : this.body.text("type", "event");
	}

	GhlRecord body() {
		return this.body;
	}

	String locationSourceId() {
		String location = this.body.text("locationId");
		if (location == null && type() != null && type().startsWith("Location")) {
			location = this.body.text("id");
		}
		if (location == null) {
			location = this.root.text("locationId");
		}
		GhlRecord appointment = this.body.object("appointment");
		return (location == null && appointment != null) ? appointment.text("locationId") : location;
	}

	/**
	 * The event's own time decides which version of an object is newer: the envelope's {@code timestamp}, else
	 * the object's update or creation time, else when it arrived.
	 */
	OffsetDateTime eventAt(OffsetDateTime receivedAt) {
		OffsetDateTime at = first(this.root.time("timestamp"), this.body.time("timestamp"),
				this.body.time("dateUpdated"), this.body.time("dateAdded"));
		GhlRecord appointment = this.body.object("appointment");
		if (at == null && appointment != null) {
			at = first(appointment.time("dateUpdated"), appointment.time("dateAdded"));
		}
		return (at != null) ? at : receivedAt;
	}

	private static OffsetDateTime first(OffsetDateTime... times) {
		for (OffsetDateTime time : times) {
			if (time != null) {
				return time;
			}
		}
		return null;
	}

	// A bad date must not cost the event: it is stored, and the drain records the error where an admin sees it.
	private OffsetDateTime storedEventAt(OffsetDateTime receivedAt) {
		try {
			return eventAt(receivedAt);
		}
		catch (WebhookEventInvalidException ex) {
			return receivedAt;
		}
	}

	NewWebhookEvent toNewEvent(OffsetDateTime receivedAt) {
		String type = type();
		return new NewWebhookEvent(this.webhookId, (type != null) ? type : "unknown", locationSourceId(),
				storedEventAt(receivedAt), this.root.node().toString());
	}

}
