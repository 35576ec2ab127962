package io.keystonebi.api.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.demo.DemoDataLoader;
import io.keystonebi.sql.ghl.sync.ImportedDataRow;
import io.keystonebi.sql.ghl.sync.LocationSyncRow;
import io.keystonebi.sql.ghl.sync.SyncFreshnessSql;

/**
 * Measures how far the warehouse is behind GHL for each location, from two statements: one for all locations,
 * one for the spreadsheet imports.
 * <p>
 * A location's data is current as of the newest of:
 * <ul>
 * <li>the end of its last completed full sync, and of its last completed incremental sync;</li>
 * <li>for webhooks: when the inbox holds no unapplied event for it (pending or failed), the receipt of its newest
 * event; otherwise the receipt of its oldest unapplied event, since every event received before that one is
 * applied.</li>
 * </ul>
 * Webhooks only carry changes, so before the first completed sync the location has no such time and counts as
 * never synced. Its lag is the report's time minus that time, never negative.
 */
@Component
public class SyncStatusService {

	private static final Comparator<Freshness> WORST = Comparator.comparingInt(SyncStatusService::severity);

	private final Jdbi jdbi;

	private final Duration staleAfter;

	private final Clock clock;

	SyncStatusService(Jdbi jdbi, EtlProperties properties, Clock clock) {
		this.jdbi = jdbi;
		this.staleAfter = properties.ghl().sync().staleAfter();
		this.clock = clock;
	}

	/** @return every location's freshness, measured now */
	public SyncReport report() {
		Instant now = this.clock.instant();
		return this.jdbi.withHandle(handle -> {
			SyncFreshnessSql sql = handle.attach(SyncFreshnessSql.class);
			List<LocationSync> locations = sql.locations().stream().map(row -> location(row, now)).toList();
			ImportedDataRow imports = sql.imports(DemoDataLoader.DEMO_LOCATION);
			Freshness status = locations.stream().map(LocationSync::status).max(WORST)
				.orElse(Freshness.NOT_CONNECTED);
			Duration worstLag = locations.stream().map(LocationSync::lag).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElse(null);
			Instant dataAsOf = locations.stream().map(LocationSync::dataAsOf).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
			return new SyncReport(now, status, this.staleAfter, worstLag, dataAsOf, imports.lastImportAt(),
					imports.demoData(), locations);
		});
	}

	private LocationSync location(LocationSyncRow row, Instant now) {
		Instant dataAsOf = dataAsOf(row);
		if (dataAsOf == null) {
			return new LocationSync(row, null, null, Freshness.NEVER_SYNCED);
		}
		Duration lag = Duration.between(dataAsOf, now);
		if (lag.isNegative()) {
			lag = Duration.ZERO;
		}
		return new LocationSync(row, dataAsOf, lag,
				(lag.compareTo(this.staleAfter) > 0) ? Freshness.STALE : Freshness.FRESH);
	}

	static Instant dataAsOf(LocationSyncRow row) {
		Instant synced = newest(row.lastFullFinishedAt(), row.lastIncrementalFinishedAt());
		if (synced == null) {
			return null;
		}
		boolean unapplied = row.inboxBacklog() + row.failedEvents() > 0;
		return newest(synced, unapplied ? row.oldestUnprocessedReceivedAt() : row.lastEventAt());
	}

	private static Instant newest(Instant... times) {
		return Stream.of(times).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	private static int severity(Freshness freshness) {
		return switch (freshness) {
			case FRESH -> 0;
			case STALE -> 1;
			case NEVER_SYNCED -> 2;
			case NOT_CONNECTED -> 3;
		};
	}

}
