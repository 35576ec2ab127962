package io.keystonebi.reports.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports one sending run has made, so the recipients sharing a schedule, run day and audience get one render
 * even when their deliveries fall into different batches. Bounded, the least recently used forgotten first: a run
 * over many audiences keeps the ones its next batches are likely to need, not all of them.
 */
final class RecentRenders {

	private final Map<DeliveryAttempts.RenderKey, ComposedReport> made;

	RecentRenders(int capacity) {
		this.made = new LinkedHashMap<>(capacity, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<DeliveryAttempts.RenderKey, ComposedReport> eldest) {
				return size() > capacity;
			}

		};
	}

	synchronized ComposedReport get(DeliveryAttempts.RenderKey key) {
		return this.made.get(key);
	}

	synchronized void put(DeliveryAttempts.RenderKey key, ComposedReport report) {
		this.made.put(key, report);
	}

}
