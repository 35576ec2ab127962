package io.keystonebi.etl.ghl.client;

/** Fetches one page of a listing in one of GHL's paging styles. */
interface PageFetcher {

	/**
	 * @param cursor where the page starts, as a previous page's {@link GhlPage#nextCursor()}; null for the first
	 */
	GhlPage fetch(String cursor);

}
