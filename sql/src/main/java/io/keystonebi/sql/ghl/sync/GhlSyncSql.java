package io.keystonebi.sql.ghl.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** High-water marks, run status, seen ids and run leases of the GHL sync ({@code ghl_sync_*}). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(SyncStatus.class)
@RegisterConstructorMapper(SyncLease.class)
public interface GhlSyncSql {

	/** @return the newest update time a sync read of the location's entity, if any */
	@SqlQuery
	Optional<OffsetDateTime> highWaterMark(@Bind("locationSourceId") String locationSourceId,
			@Bind("entity") String entity);

	/** Moves the mark forward; never back, so a late or overlapping run cannot make the next one miss changes. */
	@SqlUpdate
	void advanceHighWaterMark(@Bind("locationSourceId") String locationSourceId, @Bind("entity") String entity,
			@Bind("highWaterMark") OffsetDateTime highWaterMark);

	/** Records that a run of {@code kind} ({@code full} or {@code incremental}) started. */
	@SqlUpdate
	void started(@Bind("locationSourceId") String locationSourceId, @Bind("kind") String kind,
			@Bind("startedAt") OffsetDateTime startedAt);

	/** Records how the run ended; a completed run also becomes the last finished run of its kind. */
	@SqlUpdate
	void ended(@Bind("locationSourceId") String locationSourceId, @Bind("kind") String kind,
			@Bind("status") String status, @Bind("endedAt") OffsetDateTime endedAt, @Bind("error") String error);

	@SqlQuery
	Optional<SyncStatus> status(@Bind("locationSourceId") String locationSourceId);

	/** Remembers that the run read the entity's record. */
	@SqlUpdate
	void seen(@Bind("runId") long runId, @Bind("entity") String entity, @Bind("sourceId") String sourceId);

	/**
	 * Refreshes PostgreSQL's statistics of {@code ghl_sync_seen}; call before {@link #deleteUnseen}. A full run
	 * fills the table with thousands of ids within minutes, before autovacuum looks at it, and planned with the
	 * statistics of the nearly empty table it was, the delete compares every row with every seen id of the entity
	 * (10,000 messages: 6 s instead of 15 ms, growing with the square of the count).
	 */
	@SqlUpdate
	void analyzeSeen();

	/**
	 * Soft-deletes the location's rows of {@code table} the run did not see. Rows written after the run started
	 * (a webhook's newer version) are left alone; the delete carries the run's start as its time, so no older
	 * version can bring a row back.
	 * @param table one of the warehouse tables keyed by ({@code location_id}, {@code source_id}); never user input
	 * @return how many rows were marked deleted
	 */
	@SqlUpdate
	int deleteUnseen(@Define("table") String table, @Bind("locationId") long locationId, @Bind("runId") long runId,
			@Bind("entity") String entity, @Bind("runStartedAt") OffsetDateTime runStartedAt);

	/**
	 * Soft-deletes the location's appointments starting within {@code [windowStart, windowEnd)}, the window the
	 * run read, that it did not see; appointments outside the window are left alone. Same rules as
	 * {@link #deleteUnseen}.
	 * @return how many appointments were marked deleted
	 */
	@SqlUpdate
	int deleteUnseenAppointments(@Bind("locationId") long locationId, @Bind("runId") long runId,
			@Bind("entity") String entity, @Bind("runStartedAt") OffsetDateTime runStartedAt,
			@Bind("windowStart") OffsetDateTime windowStart, @Bind("windowEnd") OffsetDateTime windowEnd);

	/**
	 * Soft-deletes the stages of the location's pipelines the run did not see (seen ids are
	 * {@code <pipeline id>/<stage id>}), leaving stages written since the run started alone. Opportunities and
	 * their stage history keep pointing at a deleted stage.
	 * @return how many stages were marked deleted
	 */
	@SqlUpdate
	int deleteUnseenStages(@Bind("locationId") long locationId, @Bind("runId") long runId,
			@Bind("entity") String entity, @Bind("runStartedAt") OffsetDateTime runStartedAt);

	/** Forgets the run's seen ids once its deletions are applied. */
	@SqlUpdate
	void forgetSeen(@Bind("runId") long runId);

	/**
	 * @param loadedSince only contacts written since then (by this run); null for every live contact
	 * @return the location's live contacts' GHL ids, in id order (a restarted note read relies on the order)
	 */
	@SqlQuery
	List<String> contactSourceIds(@Bind("locationId") long locationId, @Bind("loadedSince") OffsetDateTime loadedSince);

	/**
	 * Takes the lease on a location's sync of one kind: when nobody holds it, or when its holder has not renewed
	 * it for {@code leaseTimeoutSeconds} (that process is gone).
	 * @return the new owner when the lease was taken, empty when a live owner holds it
	 */
	@SqlQuery
	Optional<String> acquireLease(@Bind("jobName") String jobName, @Bind("locationSourceId") String locationSourceId,
			@Bind("owner") String owner, @Bind("leaseTimeoutSeconds") double leaseTimeoutSeconds);

	/** @return how many of the owners' leases were renewed (fewer than asked: a lease was taken over) */
	@SqlUpdate
	int renewLeases(@Bind("owners") String[] owners);

	/** @return whether {@code owner} still holds the lease */
	@SqlQuery
	boolean holdsLease(@Bind("jobName") String jobName, @Bind("locationSourceId") String locationSourceId,
			@Bind("owner") String owner);

	@SqlUpdate
	void releaseLease(@Bind("jobName") String jobName, @Bind("locationSourceId") String locationSourceId,
			@Bind("owner") String owner);

	/** @return who holds the lease on the location's sync of that kind, if anyone */
	@SqlQuery
	Optional<SyncLease> lease(@Bind("jobName") String jobName, @Bind("locationSourceId") String locationSourceId);

}
