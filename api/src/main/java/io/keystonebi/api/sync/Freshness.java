package io.keystonebi.api.sync;

/** How current the warehouse's GHL data is, for one location or, as the worst of them, overall. */
public enum Freshness {

	/** Behind GHL by no more than {@code bi.etl.ghl.sync.stale-after}. */
	FRESH("fresh"),

	/** Behind GHL by more than {@code bi.etl.ghl.sync.stale-after}. */
	STALE("stale"),

	/** No full or incremental sync has completed yet, so the warehouse lacks the location's history. */
	NEVER_SYNCED("never_synced"),

	/** Overall only: no location is connected, synced or named by a webhook. */
	NOT_CONNECTED("not_connected");

	private final String code;

	Freshness(String code) {
		this.code = code;
	}

	/** @return the name the API uses */
	public String code() {
		return this.code;
	}

}
