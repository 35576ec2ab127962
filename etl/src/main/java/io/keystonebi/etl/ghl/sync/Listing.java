package io.keystonebi.etl.ghl.sync;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.client.GhlPage;
import io.keystonebi.etl.ghl.client.GhlPages;

/**
 * What one step reads, page by page, each page named by a cursor a restarted step resumes from. GHL's own
 * listings page by their cursors; reads GHL does not page (notes per contact, appointments per calendar and
 * window) page by their position in a list of keys. Pages may be read from several threads at once.
 */
interface Listing {

	/** @return the page at the cursor; null means the first page */
	GhlPage page(String cursor);

	/**
	 * Reads what the listing needs before its pages can be read on other threads (a per-key listing's keys), on
	 * the caller's thread: the step's, inside its transaction.
	 */
	default void prepare() {
	}

	/**
	 * @return the cursor of the page after the one at {@code cursor} when it is known without reading that page,
	 * so that both can be read at once; null when only the page itself names it, or there is none
	 */
	default String next(String cursor) {
		return null;
	}

	/** @return the GHL listing, starting at {@code start} (e.g. a conversation time) instead of the beginning */
	static Listing of(GhlPages pages, String start) {
		return (cursor) -> pages.page((cursor != null) ? cursor : start);
	}

	/** @return one page holding whatever the read returns (short lists GHL does not page) */
	static Listing single(Supplier<List<JsonNode>> read) {
		return (cursor) -> new GhlPage(read.get(), null, null);
	}

	/**
	 * @param keys read once, when the first page is asked for; must come back in the same order on a restart
	 * @return one page per key
	 */
	static Listing perKey(Supplier<List<String>> keys, Function<String, List<JsonNode>> read) {
		return new Listing() {

			private List<String> all;

			@Override
			public GhlPage page(String cursor) {
				List<String> keys = keys();
				int index = (cursor != null) ? Integer.parseInt(cursor) : 0;
				List<JsonNode> items = (index < keys.size()) ? read.apply(keys.get(index)) : List.of();
				return new GhlPage(items, null, (index + 1 < keys.size()) ? String.valueOf(index + 1) : null);
			}

			@Override
			public void prepare() {
				keys();
			}

			@Override
			public String next(String cursor) {
				int index = (cursor != null) ? Integer.parseInt(cursor) : 0;
				return (index + 1 < keys().size()) ? String.valueOf(index + 1) : null;
			}

			private synchronized List<String> keys() {
				if (this.all == null) {
					this.all = keys.get();
				}
				return this.all;
			}

		};
	}

	/** @return the first listing's pages, then the second's; the cursor says which one it belongs to */
	static Listing chain(Listing first, Listing second) {
		return (cursor) -> {
			if (cursor == null || cursor.startsWith("0:")) {
				GhlPage page = first.page((cursor != null) ? emptyToNull(cursor.substring(2)) : null);
				return new GhlPage(page.items(), page.body(), page.hasNext() ? "0:" + page.nextCursor() : "1:");
			}
			GhlPage page = second.page(emptyToNull(cursor.substring(2)));
			return new GhlPage(page.items(), page.body(), page.hasNext() ? "1:" + page.nextCursor() : null);
		};
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
