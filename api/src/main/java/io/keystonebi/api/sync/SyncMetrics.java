package io.keystonebi.api.sync;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * GHL freshness as metrics, per location (tag {@code location}, the GHL location id): how far the warehouse lags
 * behind GHL ({@code bi.ghl.sync.lag}, seconds; absent until the location's first completed sync), webhook
 * deliveries waiting to be applied ({@code bi.ghl.webhooks.backlog}) and deliveries whose last attempt failed
 * ({@code bi.ghl.webhooks.failed}). They are read from the same report as {@code GET /api/v1/sync/status}, every
 * {@value #REFRESH_SECONDS} s rather than on every scrape.
 */
@Component
public class SyncMetrics implements MeterBinder, DisposableBean {

	static final int REFRESH_SECONDS = 15;

	private static final Logger log = LoggerFactory.getLogger(SyncMetrics.class);

	private final SyncStatusService status;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "sync-metrics");
		thread.setDaemon(true);
		return thread;
	});

	private MultiGauge lag;

	private MultiGauge backlog;

	private MultiGauge failed;

	SyncMetrics(SyncStatusService status) {
		this.status = status;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.lag = MultiGauge.builder("bi.ghl.sync.lag")
			.description("How far the warehouse lags behind GHL, per location")
			.baseUnit("seconds")
			.register(registry);
		this.backlog = MultiGauge.builder("bi.ghl.webhooks.backlog")
			.description("Webhook deliveries stored but not yet applied, per location")
			.register(registry);
		this.failed = MultiGauge.builder("bi.ghl.webhooks.failed")
			.description("Webhook deliveries whose last attempt failed, per location")
			.register(registry);
		this.refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
	}

	/** Reads the report and replaces every location's values; locations no longer listed drop out. */
	public void refresh() {
		List<LocationSync> locations = this.status.report().locations();
		this.lag.register(rows(locations.stream().filter((location) -> location.lag() != null).toList(),
				(location) -> location.lag().toMillis() / 1000.0), true);
		this.backlog.register(rows(locations, (location) -> location.row().inboxBacklog()), true);
		this.failed.register(rows(locations, (location) -> location.row().failedEvents()), true);
	}

	private static List<MultiGauge.Row<?>> rows(List<LocationSync> locations, ToDoubleFunction<LocationSync> value) {
		return locations.stream()
			.filter((location) -> Objects.nonNull(location.row().locationSourceId()))
			.<MultiGauge.Row<?>>map((location) -> MultiGauge.Row.of(
					Tags.of("location", location.row().locationSourceId()), value.applyAsDouble(location)))
			.toList();
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// The database may be briefly unreachable; the values stay as last read until the next refresh.
			log.debug("GHL freshness metrics not refreshed: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}

}
