package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.util.function.BiConsumer;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;

/** How one kind of GHL object is read and written: one chunked step of each sync job. */
interface EntitySync {

	/** @return the entity's name: its step, its high-water mark and its seen ids are recorded under it */
	String name();

	/**
	 * @return the warehouse table whose rows of the location a completed full read marks deleted when it did not
	 * see them ({@link #deleteUnseen}); null when a full run deletes nothing for the entity
	 */
	String table();

	/** @return whether the entity reads by update time and keeps a high-water mark */
	boolean incremental();

	/** @return what this run reads of the entity */
	Listing listing(SyncRun run);

	/**
	 * Writes one record and everything hanging off it.
	 * @return the record's update time for the high-water mark, or null when it has none
	 */
	OffsetDateTime write(SyncRun run, GhlRecord record);

	/** @return the GHL id the full sync records as seen */
	default String sourceId(GhlRecord record) {
		return record.text("id");
	}

	/**
	 * Tells what a full run has seen with the record: by default the record's id under the entity's name; an
	 * entity with nested objects (a pipeline's stages) adds theirs under their own name.
	 */
	default void seen(GhlRecord record, BiConsumer<String, String> seen) {
		seen.accept(name(), sourceId(record));
	}

	/**
	 * Marks deleted what the completed read of a full run did not see: by default the location's rows of
	 * {@link #table()}.
	 * @param runId the run's id, under which its seen ids are recorded
	 * @return how many rows were marked deleted
	 */
	default int deleteUnseen(SyncRun run, long runId) {
		return run.jdbi()
			.onDemand(GhlSyncSql.class)
			.deleteUnseen(table(), run.locationId(), runId, name(), run.runAt());
	}

}
