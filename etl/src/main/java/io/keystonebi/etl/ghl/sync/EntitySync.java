package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;

import io.keystonebi.etl.ghl.mapping.GhlRecord;

/** How one kind of GHL object is read and written: one chunked step of each sync job. */
interface EntitySync {

	/** @return the entity's name: its step, its high-water mark and its seen ids are recorded under it */
	String name();

	/**
	 * @return the warehouse table whose rows of the location a completed full read marks deleted when it did not
	 * see them; null when the entity is never read completely (e.g. appointments, read in a time window)
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

}
