package io.keystonebi.api.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.reports.delivery.DeliveryLog;

/**
 * Report e-mails by status ({@code bi.reports.deliveries}, tag {@code status}: pending, sending, retrying, sent,
 * failed, skipped, unsubscribed), read from the delivery log when Prometheus scrapes. Every status is exposed from
 * the start, at zero where none. The gauges of one scrape share one grouped count: it is read at most once per
 * {@link #FRESH_FOR}, so a scrape costs one query, not one per status.
 */
final class ReportDeliveries implements MeterBinder {

	static final Duration FRESH_FOR = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(ReportDeliveries.class);

	private final DeliveryLog deliveries;

	private final Clock clock;

	private Map<String, Long> counts = Map.of();

	private Instant readAt;

	ReportDeliveries(DeliveryLog deliveries, Clock clock) {
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : DeliveryLog.STATUSES) {
			Gauge.builder("bi.reports.deliveries", this, (self) -> self.count(status))
				.description("Report e-mails in the delivery log, by status")
				.tag("status", status)
				.register(registry);
		}
	}

	private synchronized double count(String status) {
		Instant now = this.clock.instant();
		if (this.readAt == null || Duration.between(this.readAt, now).compareTo(FRESH_FOR) >= 0) {
			try {
				this.counts = this.deliveries.countByStatus();
				this.readAt = now;
			}
			catch (RuntimeException ex) {
				// The database may be briefly unreachable: the scrape says "no value" rather than a false zero.
				log.debug("Report delivery counts not read: {}", ex.getMessage());
				return Double.NaN;
			}
		}
		return this.counts.getOrDefault(status, 0L);
	}

}
