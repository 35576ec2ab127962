package io.keystonebi.etl.ghl.webhooks;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.ContactRow;
import io.keystonebi.sql.ghl.warehouse.ContactsSql;

/** Contact events. Every one carries the whole contact, so tag and DND updates are ordinary upserts. */
final class ContactEvents implements EventHandler {

	private final Jdbi jdbi;

	ContactEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("ContactCreate", "ContactUpdate", "ContactDelete", "ContactTagUpdate", "ContactDndUpdate");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord c = event.body();
		OffsetDateTime created = c.time("dateAdded");
		this.jdbi.onDemand(ContactsSql.class)
			.upsert(new ContactRow(event.location(), event.required(c, "id"), GhlRows.name(c), c.text("firstName"),
					c.text("lastName"), c.text("email"), c.text("phone"), c.text("companyName"), contactType(event, c),
					c.text("source"), c.text("assignedTo"), c.text("address1"), c.text("city"), c.text("state"),
					c.text("postalCode"), c.text("country"), c.text("timezone"), c.bool("dnd"), c.strings("tags"),
					c.json("attributionSource"), c.json("lastAttributionSource"),
					(created != null) ? created : event.at(), c.time("lastActivity"), event.at(),
					event.deletedAtIf("ContactDelete")));
	}

	// A flat body's "type" is the event's type, not the contact's (lead, customer); only a wrapped body has both.
	private static String contactType(WebhookEvent event, GhlRecord c) {
		String type = c.text("type");
		return event.type().equals(type) ? null : type;
	}

}
