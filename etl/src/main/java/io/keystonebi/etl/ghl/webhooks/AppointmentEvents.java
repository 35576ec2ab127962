package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.AppointmentsSql;

/**
 * Appointment events, whose fields sit in a nested {@code appointment} object. Create and update are the same
 * upsert because GHL's own update example is labelled AppointmentCreate: a mislabelled update still lands.
 */
final class AppointmentEvents implements EventHandler {

	private final AppointmentsSql appointments;

	AppointmentEvents(Jdbi jdbi) {
		this.appointments = jdbi.onDemand(AppointmentsSql.class);
	}

	@Override
	public Set<String> types() {
		return Set.of("AppointmentCreate", "AppointmentUpdate", "AppointmentDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord nested = event.body().object("appointment");
		GhlRecord a = (nested != null) ? nested : event.body();
		this.appointments.upsert(
				GhlRows.appointment(event.location(), a, event.at(), event.deletedAtIf("AppointmentDelete")));
	}

}
