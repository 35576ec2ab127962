package io.keystonebi.etl.ghl.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;
import io.keystonebi.sql.ghl.warehouse.UserRow;
import io.keystonebi.sql.ghl.warehouse.UsersSql;

/**
 * User events. A sub-account user belongs to the event's location; an agency user's event names its
 * {@code locations} instead, and the user is written to each of them.
 */
final class UserEvents implements EventHandler {

	private final Jdbi jdbi;

	UserEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("UserCreate", "UserUpdate", "UserDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord u = event.body();
		String id = event.required(u, "id");
		String name = ContactEvents.name(u);
		GhlRecord roles = u.object("roles");
		String role = (u.text("role") != null || roles == null) ? u.text("role") : roles.text("role");
		for (long location : locations(event)) {
			this.jdbi.onDemand(UsersSql.class)
				.upsert(new UserRow(location, id, (name != null) ? name : firstOf(u.text("email"), id),
						u.text("firstName"), u.text("lastName"), u.text("email"), u.text("phone"), role, event.at(),
						event.deletedAtIf("UserDelete")));
		}
	}

	private List<Long> locations(WebhookEvent event) {
		if (event.locationId() != null) {
			return List.of(event.locationId());
		}
		List<Long> locations = new ArrayList<>();
		for (String source : event.body().strings("locations")) {
			locations.add(this.jdbi.onDemand(LocationsSql.class).ensure(source));
		}
		if (locations.isEmpty()) {
			event.location();
		}
		return locations;
	}

	private static String firstOf(String a, String b) {
		return (a != null) ? a : b;
	}

}
