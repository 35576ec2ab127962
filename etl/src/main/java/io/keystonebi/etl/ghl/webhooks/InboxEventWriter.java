package io.keystonebi.etl.ghl.webhooks;

import java.sql.SQLException;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.keystonebi.sql.ghl.inbox.InboxEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Applies a chunk of events, each within a savepoint of the chunk's transaction: an event that fails is rolled
 * back alone and recorded on its inbox row (attempts, error) while the rest of the chunk commits.
 */
final class InboxEventWriter implements ItemWriter<InboxEvent> {

	private static final Logger log = LoggerFactory.getLogger(InboxEventWriter.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final Jdbi jdbi;

	private final WarehouseEvents events;

	private final TransactionTemplate savepoint;

	InboxEventWriter(Jdbi jdbi, WarehouseEvents events, PlatformTransactionManager transactionManager) {
		this.jdbi = jdbi;
		this.events = events;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void write(Chunk<? extends InboxEvent> chunk) {
		WebhookInboxSql inbox = this.jdbi.onDemand(WebhookInboxSql.class);
		for (InboxEvent event : chunk) {
			try {
				String outcome = this.savepoint.execute((status) -> this.events.apply(event));
				inbox.processed(event.id(), outcome);
			}
			catch (RuntimeException ex) {
				log.warn("Webhook {} ({}) could not be applied, attempt {}: {}", event.webhookId(), event.eventType(),
						event.attempts() + 1, ex.getMessage());
				inbox.failed(event.id(), describe(ex));
			}
		}
	}

	// JDBI's messages repeat the whole statement and its arguments; the database's own message says what failed.
	private static String describe(RuntimeException ex) {
		Throwable cause = ex;
		while (!(cause instanceof SQLException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		Throwable reported = (cause instanceof SQLException) ? cause : ex;
		String message = (reported.getMessage() != null) ? reported.getMessage() : reported.getClass().getSimpleName();
		return (message.length() > MAX_ERROR_LENGTH) ? message.substring(0, MAX_ERROR_LENGTH) : message;
	}

}
