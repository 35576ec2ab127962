package io.keystonebi.etl.ghl.webhooks;

import io.keystonebi.etl.ghl.mapping.GhlRecord;

import java.time.OffsetDateTime;

/**
 * A stored event on its way into the warehouse.
 *
 * @param type the payload's {@code type}
 * @param webhookId the delivery's webhook id
 * @param locationId warehouse id of the event's location, or null when the payload names none
 * @param at the event's time (see {@link WebhookEnvelope#eventAt}); every row it writes carries it as
 * {@code source_updated_at}
 * @param body the event's fields (the {@code data} object when the payload wraps them)
 */
record WebhookEvent(String type, String webhookId, Long locationId, OffsetDateTime at, GhlRecord body) {

	long location() {
		if (this.locationId == null) {
			throw new WebhookEventInvalidException(this.type + " event names no locationId");
		}
		return this.locationId;
	}

	String required(GhlRecord object, String field) {
		String value = object.text(field);
		if (value == null) {
			throw new WebhookEventInvalidException(this.type + " event has no " + field);
		}
		return value;
	}

	/** @return the event's time when it is of the given delete type, else null */
	OffsetDateTime deletedAtIf(String deleteType) {
		return deleteType.equals(this.type) ? this.at : null;
	}

}
