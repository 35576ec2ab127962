package io.keystonebi.etl.ghl.webhooks;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.sql.ghl.inbox.InboxEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Applies a chunk of events. The whole chunk is first applied within one savepoint of the chunk's transaction
 * and marked processed in one statement, the usual case. When any event of it fails, that savepoint is rolled
 * back and the chunk applied again one event per savepoint: the failing event is rolled back alone and recorded
 * on its inbox row (attempts, error) while the rest commit. An event that lost a deadlock or serialization
 * conflict with another writer is simply tried again at once. The locations of applied events are reported
 * changed when the chunk wrote warehouse rows.
 */
final class InboxEventWriter implements ItemWriter<InboxEvent> {

	private static final Logger log = LoggerFactory.getLogger(InboxEventWriter.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private static final int TRANSIENT_ATTEMPTS = 3;

	private final Jdbi jdbi;

	private final WarehouseEvents events;

	private final TransactionTemplate savepoint;

	private final WarehouseChanges changes;

	InboxEventWriter(Jdbi jdbi, WarehouseEvents events, PlatformTransactionManager transactionManager,
			WarehouseChanges changes) {
		this.jdbi = jdbi;
		this.events = events;
		this.changes = changes;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void write(Chunk<? extends InboxEvent> chunk) {
		List<? extends InboxEvent> items = chunk.getItems();
		WebhookInboxSql inbox = this.jdbi.onDemand(WebhookInboxSql.class);
		WarehouseChanges.Mark before = this.changes.mark();
		Set<Long> applied = new HashSet<>();
		String[] outcomes;
		try {
			outcomes = this.savepoint.execute((status) -> items.stream()
				.map((event) -> this.events.apply(event, applied))
				.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			log.debug("A chunk of {} webhook events did not apply as a whole ({}); applying them one by one",
					items.size(), ex.getMessage());
			applied.clear();
			writeOneByOne(items, inbox, applied);
			this.changes.publishIfWritten(before, applied);
			return;
		}
		inbox.processedAll(items.stream().mapToLong(InboxEvent::id).toArray(), outcomes);
		this.changes.publishIfWritten(before, applied);
	}

	private void writeOneByOne(List<? extends InboxEvent> items, WebhookInboxSql inbox, Set<Long> applied) {
		for (InboxEvent event : items) {
			RuntimeException failure = null;
			for (int attempt = 1; attempt <= TRANSIENT_ATTEMPTS; attempt++) {
				Set<Long> location = new HashSet<>();
				try {
					String outcome = this.savepoint.execute((status) -> this.events.apply(event, location));
					applied.addAll(location);
					inbox.processed(event.id(), outcome);
					failure = null;
					break;
				}
				catch (RuntimeException ex) {
					failure = ex;
					if (!TransientFailures.isTransient(ex)) {
						break;
					}
				}
			}
			if (failure != null) {
				log.warn("Webhook {} ({}) could not be applied, attempt {}: {}", event.webhookId(), event.eventType(),
						event.attempts() + 1, describe(failure));
				inbox.failed(event.id(), describe(failure));
			}
		}
	}

	// JDBI's messages repeat the whole statement and its arguments; the database's own message says what failed.
	private static String describe(RuntimeException ex) {
		SQLException sql = TransientFailures.sqlCause(ex);
		Throwable reported = (sql != null) ? sql : ex;
		String message = (reported.getMessage() != null) ? reported.getMessage() : reported.getClass().getSimpleName();
		return (message.length() > MAX_ERROR_LENGTH) ? message.substring(0, MAX_ERROR_LENGTH) : message;
	}

}
