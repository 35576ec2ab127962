package io.keystonebi.etl.ghl.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;
import io.keystonebi.sql.ghl.warehouse.UsersSql;

/**
 * User events. A sub-account user belongs to the event's location; an agency user's event names its
 * {@code locations} instead, and the user is written to each of them.
 */
final class UserEvents implements EventHandler {

	private final Jdbi jdbi;

	private final UsersSql users;

	UserEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
		this.users = jdbi.onDemand(UsersSql.class);
	}

	@Override
	public Set<String> types() {
		return Set.of("UserCreate", "UserUpdate", "UserDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord u = event.body();
		for (long location : locations(event)) {
			this.users.upsert(GhlRows.user(location, u, event.at(), event.deletedAtIf("UserDelete")));
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

}
