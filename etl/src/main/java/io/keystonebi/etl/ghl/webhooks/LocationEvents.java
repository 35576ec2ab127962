package io.keystonebi.etl.ghl.webhooks;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.LocationRow;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/** Location events; the time zone is kept unless the event carries one. */
final class LocationEvents implements EventHandler {

	private final Jdbi jdbi;

	LocationEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("LocationCreate", "LocationUpdate");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord l = event.body();
		this.jdbi.onDemand(LocationsSql.class)
			.upsert(new LocationRow(event.required(l, "id"), l.text("companyId"), l.text("name"), timezone(l),
					event.at()));
	}

	// Every local day of the location is computed in this zone, so a name PostgreSQL does not know must not land.
	private static String timezone(GhlRecord l) {
		String timezone = l.text("timezone");
		try {
			return (timezone != null) ? ZoneId.of(timezone).getId() : null;
		}
		catch (DateTimeException ex) {
			throw new WebhookEventInvalidException("timezone is not a time zone: '" + timezone + "'", ex);
		}
	}

}
