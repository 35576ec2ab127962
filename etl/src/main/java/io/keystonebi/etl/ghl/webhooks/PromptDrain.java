package io.keystonebi.etl.ghl.webhooks;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Starts a drain on this node as soon as a delivery is stored, so a webhook reaches the dashboard in well under a
 * second instead of waiting for the next scheduled drain. Requests that arrive while a drain is queued fold into
 * it; one arriving while a drain runs queues exactly one more, which picks up whatever that run missed. The
 * schedule stays the backstop (deliveries stored by a node that stopped, events waiting for a retry), and the
 * inbox claim's row locks keep a prompt and a scheduled drain from applying one event twice.
 */
public class PromptDrain implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PromptDrain.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final WebhookDrain drain;

	private final ExecutorService executor;

	private final AtomicBoolean queued = new AtomicBoolean();

	PromptDrain(WebhookDrain drain) {
		this.drain = drain;
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "webhook-prompt-drain");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Asks for a drain soon; returns at once. */
	public void request() {
		if (this.queued.compareAndSet(false, true)) {
			try {
				this.executor.execute(this::run);
			}
			catch (RejectedExecutionException ex) {
				// Shutting down: the delivery is stored, and the next node or start applies it.
				this.queued.set(false);
			}
		}
	}

	private void run() {
		this.queued.set(false);
		try {
			this.drain.drainIfPending();
		}
		catch (Exception ex) {
			// The scheduled drain retries; this one only made the wait shorter.
			log.warn("Prompt webhook drain did not run ({}); the scheduled drain will apply the events", ex.getMessage());
		}
	}

	// Lets a drain that is running finish before the connection pool closes behind it.
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("A prompt webhook drain was still running after {} s; stopping it", SHUTDOWN_WAIT.toSeconds());
			this.executor.shutdownNow();
		}
	}

}
