package io.keystonebi.etl.changes;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Keeps every {@link WarehouseChanged} a test's context publishes, from whichever thread: a sync's later steps run
 * on threads of their own, where Spring's own event recording does not look.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ChangeRecorder {

	private final List<WarehouseChanged> changes = new CopyOnWriteArrayList<>();

	@EventListener
	void record(WarehouseChanged change) {
		this.changes.add(change);
	}

	/** @return the changes published since the last {@link #clear()} */
	public List<WarehouseChanged> changes() {
		return List.copyOf(this.changes);
	}

	/** @return every location the changes since the last {@link #clear()} named */
	public Set<Long> locations() {
		return this.changes.stream().flatMap((change) -> change.locationIds().stream()).collect(Collectors.toSet());
	}

	public void clear() {
		this.changes.clear();
	}

}
