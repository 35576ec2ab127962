package io.keystonebi.etl.changes;

import java.util.Set;

/**
 * Data of these locations changed and the change is committed: what was computed from it before is out of date.
 * Published by imports, GHL sync steps and webhook drain chunks that wrote warehouse rows, never by one that only
 * read what the warehouse already held.
 *
 * @param locationIds warehouse ids of the locations whose data changed; never empty
 */
public record WarehouseChanged(Set<Long> locationIds) {

	public WarehouseChanged {
		locationIds = Set.copyOf(locationIds);
		if (locationIds.isEmpty()) {
			throw new IllegalArgumentException("A change names at least one location");
		}
	}

}
