package io.keystonebi.etl.ghl.client;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One page of a GHL listing.
 *
 * @param items the page's records, as GHL sent them
 * @param body the whole response (totals, aggregations)
 * @param nextCursor where the next page starts; null when this page is the last. Save it to resume a
 * stopped sync with {@link GhlPages#resumeFrom(String)}
 */
public record GhlPage(List<JsonNode> items, JsonNode body, String nextCursor) {

	/** @return whether another page follows */
	public boolean hasNext() {
		return this.nextCursor != null;
	}

}
