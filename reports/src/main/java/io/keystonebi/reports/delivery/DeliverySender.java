package io.keystonebi.reports.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.schedules.ClaimedDeliveryRow;
import io.keystonebi.sql.schedules.DeliveriesSql;

/**
 * Sends due report e-mails; any number of senders on any number of nodes may run at once. Each claims a batch of
 * due deliveries for a lease ({@code bi.reports.delivery.lease}) with a statement that skips rows other senders
 * hold, makes each audience's report once on a bounded pool, sends one message per recipient and records the
 * outcome only while it still holds the row. A sender that stops mid-batch leaves its rows {@code sending};
 * after the lease another sender claims and sends them.
 */
public class DeliverySender {

	private static final Logger logger = LoggerFactory.getLogger(DeliverySender.class);

	// Renders one run keeps for the batches after the one that made them: a schedule's audiences, at a few hundred
	// kilobytes each.
	private static final int RENDERS_KEPT = 64;

	private final Jdbi jdbi;

	private final DeliveryAttempts attempts;

	private final ReportsProperties.Delivery properties;

	private final ExecutorService pool;

	private final String sender;

	DeliverySender(Jdbi jdbi, DeliveryAttempts attempts, ReportsProperties.Delivery properties, ExecutorService pool,
			String sender) {
		this.jdbi = jdbi;
		this.attempts = attempts;
		this.properties = properties;
		this.pool = pool;
		this.sender = sender;
	}

	/** @return this sender's name, recorded in the rows it claims */
	public String name() {
		return this.sender;
	}

	/**
	 * Claims one batch of due deliveries and settles each: sent, retrying, failed, skipped or unsubscribed.
	 * @return how many deliveries were claimed; 0 when none was due
	 */
	public int sendDue() {
		return sendDue(new RecentRenders(RENDERS_KEPT));
	}

	private int sendDue(RecentRenders renders) {
		List<ClaimedDeliveryRow> claimed = this.jdbi.withExtension(DeliveriesSql.class,
				(sql) -> sql.claim(this.sender, this.properties.lease(), this.properties.batchSize()));
		Map<DeliveryAttempts.RenderKey, List<DeliveryAttempts.Ready>> groups = new LinkedHashMap<>();
		for (ClaimedDeliveryRow row : claimed) {
			this.attempts.prepare(row)
				.ifPresent((ready) -> groups.computeIfAbsent(ready.renderKey(), (key) -> new ArrayList<>()).add(ready));
		}
		List<Future<?>> running = new ArrayList<>();
		groups.values().forEach((group) -> running.add(this.pool.submit(() -> this.attempts.composeAndSend(group, renders))));
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (ExecutionException ex) {
				// Its rows stay 'sending' and are taken over after the lease.
				logger.error("A batch of report e-mails stopped unfinished", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return claimed.size();
	}

	/**
	 * Sends batches until none is due.
	 * @return how many deliveries were claimed in all
	 */
	public int sendAllDue() {
		int total = 0;
		RecentRenders renders = new RecentRenders(RENDERS_KEPT);
		for (int claimed = sendDue(renders); claimed > 0 && !Thread.currentThread().isInterrupted();
				claimed = sendDue(renders)) {
			total += claimed;
		}
		return total;
	}

}
