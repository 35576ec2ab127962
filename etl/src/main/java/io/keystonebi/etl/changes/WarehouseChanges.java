package io.keystonebi.etl.changes;

import java.util.Collection;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.keystonebi.sql.changes.WarehouseWritesSql;

/**
 * Publishes {@link WarehouseChanged} for what a load wrote. A writer takes {@link #mark()} before it writes and
 * calls {@link #publishIfWritten} after, inside its transaction; the event goes out after that transaction
 * commits, so a listener that reads the warehouse again sees the change, and a rolled back chunk says nothing.
 */
public final class WarehouseChanges {

	private static final Logger logger = LoggerFactory.getLogger(WarehouseChanges.class);

	private final ApplicationEventPublisher publisher;

	private final Jdbi jdbi;

	WarehouseChanges(ApplicationEventPublisher publisher, Jdbi jdbi) {
		this.publisher = publisher;
		this.jdbi = jdbi;
	}

	/** @return where the current transaction's count of written warehouse rows stands */
	public Mark mark() {
		return new Mark(this.jdbi.onDemand(WarehouseWritesSql.class).rowsWritten());
	}

	/**
	 * Publishes a change of the locations, after the current transaction commits, when it wrote warehouse rows
	 * since the mark. When the server does not count rows, every write counts as a change.
	 * @param since taken in the same transaction before the writes
	 * @param locationIds the locations the writes were for
	 */
	public void publishIfWritten(Mark since, Collection<Long> locationIds) {
		if (locationIds.isEmpty()) {
			return;
		}
		Long now = mark().rowsWritten();
		if (since.rowsWritten() == null || now == null || now > since.rowsWritten()) {
			publish(locationIds);
		}
	}

	/**
	 * Publishes a change of the locations after the current transaction commits, or at once outside one.
	 * @param locationIds the locations whose data changed
	 */
	public void publish(Collection<Long> locationIds) {
		if (locationIds.isEmpty()) {
			return;
		}
		WarehouseChanged change = new WarehouseChanged(Set.copyOf(locationIds));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(change);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				send(change);
			}

		});
	}

	// The data is committed whatever a listener does: its failure must not make the load look failed and be
	// written again.
	private void send(WarehouseChanged change) {
		try {
			this.publisher.publishEvent(change);
		}
		catch (RuntimeException ex) {
			logger.warn("A listener failed on the change of locations {}: {}", change.locationIds(), ex.toString());
		}
	}

	/**
	 * A transaction's count of written warehouse rows at one moment.
	 *
	 * @param rowsWritten the count, or null when the server does not keep it
	 */
	public record Mark(Long rowsWritten) {
	}

}
