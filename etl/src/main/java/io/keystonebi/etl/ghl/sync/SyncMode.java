package io.keystonebi.etl.ghl.sync;

/** The two syncs: each its own Spring Batch job, recorded under its own name. */
public enum SyncMode {

	/** Reads everything and marks deleted what GHL no longer lists. */
	FULL("ghlFullSync", "full"),

	/** Reads what changed since the last run where GHL can filter by update time, the rest in full. */
	INCREMENTAL("ghlIncrementalSync", "incremental");

	private final String jobName;

	private final String kind;

	SyncMode(String jobName, String kind) {
		this.jobName = jobName;
		this.kind = kind;
	}

	/** @return the Spring Batch job name */
	public String jobName() {
		return this.jobName;
	}

	/** @return how {@code ghl_sync_status} names the run kind */
	String kind() {
		return this.kind;
	}

}
