package io.keystonebi.etl.ghl.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;

import io.keystonebi.sql.ghl.inbox.NewWebhookEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Stores verified webhook deliveries for the drain. Only a stored delivery may be answered 200: GHL never sends
 * an answered event again, so a delivery that cannot be stored fails with {@link WebhookInboxUnavailableException},
 * which the endpoint answers 429, the one status GHL retries.
 * <p>
 * Deliveries are stored by group commit: request threads hand their event to one writer thread and wait; the
 * writer stores everything that has arrived meanwhile in one statement and one commit, then wakes each request
 * with its outcome. An idle inbox stores a lone delivery at once, and a burst costs one round trip and one WAL
 * flush per batch instead of per event, with the request threads parked rather than competing for connections.
 */
public class WebhookInbox implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

	private final Jdbi jdbi;

	private final Clock clock;

	private final int maxBatch;

	private final Duration storeTimeout;

	private final BlockingQueue<Pending> queue;

	private final Thread writer;

	private volatile boolean stopping;

	WebhookInbox(Jdbi jdbi, Clock clock, int maxBatch, int maxQueued, Duration storeTimeout) {
		this.jdbi = jdbi;
		this.clock = clock;
		this.maxBatch = maxBatch;
		this.storeTimeout = storeTimeout;
		this.queue = new ArrayBlockingQueue<>(maxQueued);
		this.writer = new Thread(this::writeLoop, "webhook-inbox-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * What storing a delivery did.
	 *
	 * @param webhookId the delivery's webhook id (GHL's, or derived from its bytes)
	 * @param eventType its {@code type}
	 * @param duplicate whether an earlier delivery of the same event was already stored
	 */
	public record Receipt(String webhookId, String eventType, boolean duplicate) {
	}

	/**
	 * Stores a delivery and returns once it is committed.
	 * @param body a verified delivery's bytes
	 * @return the stored (or already stored) event's receipt
	 * @throws WebhookPayloadMalformedException when the body is not a JSON object
	 * @throws WebhookInboxUnavailableException when it cannot be stored
	 */
	public Receipt accept(byte[] body) {
		WebhookEnvelope envelope = WebhookEnvelope.parse(body);
		NewWebhookEvent event = envelope.toNewEvent(OffsetDateTime.now(this.clock));
		Pending pending = new Pending(event, new CompletableFuture<>());
		if (this.stopping || !this.queue.offer(pending)) {
			throw new WebhookInboxUnavailableException("Webhook " + event.webhookId() + " could not be stored: "
					+ (this.stopping ? "the server is shutting down" : "the inbox queue is full"));
		}
		try {
			boolean stored = pending.stored().get(this.storeTimeout.toMillis(), TimeUnit.MILLISECONDS);
			return new Receipt(event.webhookId(), event.eventType(), !stored);
		}
		catch (ExecutionException ex) {
			throw new WebhookInboxUnavailableException(
					"Webhook " + event.webhookId() + " could not be stored: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (TimeoutException ex) {
			// It may still be stored; GHL's retry then finds it and is answered as a duplicate.
			throw new WebhookInboxUnavailableException("Webhook " + event.webhookId() + " was not stored within "
					+ this.storeTimeout.toMillis() + " ms", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebhookInboxUnavailableException("Webhook " + event.webhookId() + " was not stored: interrupted",
					ex);
		}
	}

	private void writeLoop() {
		List<Pending> batch = new ArrayList<>(this.maxBatch);
		while (!this.stopping) {
			try {
				batch.add(this.queue.take());
				this.queue.drainTo(batch, this.maxBatch - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				batch.clear();
			}
		}
		List<Pending> left = new ArrayList<>();
		this.queue.drainTo(left);
		RuntimeException shutdown = new IllegalStateException("the server is shutting down");
		left.forEach((pending) -> pending.stored().completeExceptionally(shutdown));
	}

	private void write(List<Pending> batch) {
		try {
			Set<String> inserted = this.jdbi.onDemand(WebhookInboxSql.class)
				.insertAll(batch.stream().map(Pending::event).toList());
			// A webhook id twice in one batch is stored once: the first of them is the stored one.
			Set<String> answered = new HashSet<>();
			for (Pending pending : batch) {
				String id = pending.event().webhookId();
				pending.stored().complete(inserted.contains(id) && answered.add(id));
			}
		}
		catch (JdbiException | DataAccessException ex) {
			log.warn("{} webhook deliveries could not be stored: {}", batch.size(), ex.getMessage());
			batch.forEach((pending) -> pending.stored().completeExceptionally(ex));
		}
		catch (RuntimeException ex) {
			log.error("{} webhook deliveries could not be stored", batch.size(), ex);
			batch.forEach((pending) -> pending.stored().completeExceptionally(ex));
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.writer.interrupt();
		this.writer.join(this.storeTimeout.toMillis());
	}

	private record Pending(NewWebhookEvent event, CompletableFuture<Boolean> stored) {
	}

}
