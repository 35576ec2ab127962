package io.keystonebi.etl.housekeeping;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntSupplier;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.sql.housekeeping.HousekeepingSql;

/**
 * Purges what only grows: the recorded runs of the jobs that run every few seconds or minutes (the webhook drain
 * and the incremental GHL sync), webhook deliveries applied long ago and report files made on demand that expired. Works in batches, each its own
 * transaction, so a large backlog never holds locks for long. Failed deliveries and the history of every other
 * job (imports, full syncs, rebuilds) are kept.
 */
public class Housekeeping {

	/** The jobs whose runs are purged. */
	public static final List<String> FREQUENT_JOBS = List.of("ghlWebhookDrain", "ghlIncrementalSync");

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private static final int BATCH = 5_000;

	private final Jdbi jdbi;

	private final Clock clock;

	public Housekeeping(Jdbi jdbi, Clock clock) {
		this.jdbi = jdbi;
		this.clock = clock;
	}

	/**
	 * What one purge removed.
	 *
	 * @param jobRuns recorded job runs deleted
	 * @param webhooks applied webhook deliveries deleted
	 * @param reportFiles expired report files deleted
	 */
	public record Result(int jobRuns, int webhooks, int reportFiles) {
	}

	/**
	 * @param jobHistoryRetention how long runs of the frequent jobs are kept after they ended
	 * @param webhookRetention how long applied webhook deliveries are kept
	 * @param expiredFileRetention how long report files are kept after they expired
	 * @return what was removed
	 */
	public Result purge(Duration jobHistoryRetention, Duration webhookRetention, Duration expiredFileRetention) {
		HousekeepingSql sql = this.jdbi.onDemand(HousekeepingSql.class);
		String[] jobs = FREQUENT_JOBS.toArray(String[]::new);
		LocalDateTime endedBefore = LocalDateTime.now(this.clock).minus(jobHistoryRetention);
		OffsetDateTime processedBefore = OffsetDateTime.now(this.clock).minus(webhookRetention);
		int jobRuns = inBatches(() -> sql.purgeJobHistory(jobs, endedBefore, BATCH));
		int webhooks = inBatches(() -> sql.purgeAppliedWebhooks(processedBefore, BATCH));
		OffsetDateTime expiredBefore = OffsetDateTime.now(this.clock).minus(expiredFileRetention);
		int files = inBatches(() -> sql.purgeExpiredReportFiles(expiredBefore, BATCH));
		log.info("Housekeeping removed {} job runs that ended before {}, {} webhook deliveries applied before {} and "
				+ "{} report files expired before {}", jobRuns, endedBefore, webhooks, processedBefore, files,
				expiredBefore);
		return new Result(jobRuns, webhooks, files);
	}

	private static int inBatches(IntSupplier batch) {
		int total = 0;
		int removed;
		do {
			removed = batch.getAsInt();
			total += removed;
		}
		while (removed == BATCH);
		return total;
	}

}
