package io.keystonebi.etl.ghl.webhooks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.ghl.inbox.InboxEvent;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/**
 * Applies one stored event to the warehouse by its type. Types the warehouse has no use for (INSTALL, invoices,
 * ...) are kept in the inbox and marked ignored, not failed. A location seen for the first time is created
 * (in UTC until a sync brings its time zone) rather than its data dropped.
 */
final class WarehouseEvents {

	static final String APPLIED = "applied";

	static final String IGNORED = "ignored";

	private final Jdbi jdbi;

	private final Map<String, EventHandler> handlers = new HashMap<>();

	WarehouseEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
		List.of(new LocationEvents(jdbi), new UserEvents(jdbi), new ContactEvents(jdbi), new OpportunityEvents(jdbi),
				new MessageEvents(jdbi), new AppointmentEvents(jdbi), new TaskEvents(jdbi), new NoteEvents(jdbi))
			.forEach((handler) -> handler.types().forEach((type) -> this.handlers.put(type, handler)));
	}

	/**
	 * @param applied gets the event's location when the event was applied and names one
	 * @return {@value #APPLIED} or {@value #IGNORED}
	 */
	String apply(InboxEvent stored, Collection<Long> applied) {
		EventHandler handler = this.handlers.get(stored.eventType());
		if (handler == null) {
			return IGNORED;
		}
		WebhookEnvelope envelope = WebhookEnvelope.stored(stored.payload(), stored.webhookId());
		Long location = (stored.locationSourceId() != null)
				? this.jdbi.onDemand(LocationsSql.class).ensure(stored.locationSourceId()) : null;
		handler.apply(new WebhookEvent(stored.eventType(), stored.webhookId(), location,
				envelope.eventAt(stored.receivedAt()), envelope.body()));
		if (location != null) {
			applied.add(location);
		}
		return APPLIED;
	}

}
