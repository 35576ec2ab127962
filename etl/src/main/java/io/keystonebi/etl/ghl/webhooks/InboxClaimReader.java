package io.keystonebi.etl.ghl.webhooks;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.infrastructure.item.ItemReader;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.sql.ghl.inbox.InboxEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Hands out pending inbox events, claiming a batch whenever the last one is used up, until none is left. A
 * claim stamps its rows, so an event that fails in this run is not claimed again before the retry delay, and
 * a drain on another node skips what this one holds.
 */
final class InboxClaimReader implements ItemReader<InboxEvent> {

	private static final Comparator<InboxEvent> EVENT_ORDER = Comparator.comparing(InboxEvent::eventAt)
		.thenComparing(InboxEvent::receivedAt)
		.thenComparingLong(InboxEvent::id);

	private final Jdbi jdbi;

	private final EtlProperties.Ghl.Webhooks settings;

	private final Deque<InboxEvent> claimed = new ArrayDeque<>();

	InboxClaimReader(Jdbi jdbi, EtlProperties.Ghl.Webhooks settings) {
		this.jdbi = jdbi;
		this.settings = settings;
	}

	@Override
	public InboxEvent read() {
		if (this.claimed.isEmpty()) {
			this.jdbi.onDemand(WebhookInboxSql.class)
				.claim(this.settings.drainBatchSize(), this.settings.maxAttempts(),
						this.settings.retryDelay().toSeconds())
				.stream()
				.sorted(EVENT_ORDER)
				.forEach(this.claimed::add);
		}
		return this.claimed.poll();
	}

}
