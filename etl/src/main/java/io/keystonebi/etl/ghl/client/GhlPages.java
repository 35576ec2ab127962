package io.keystonebi.etl.ghl.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/**
 * A GHL listing, fetched lazily page by page whatever paging style the endpoint uses. Iterate the pages to
 * save each {@link GhlPage#nextCursor()} as you go, or stream the items when resuming does not matter.
 */
public final class GhlPages implements Iterable<GhlPage> {

	private final PageFetcher fetcher;

	private final String start;

	GhlPages(PageFetcher fetcher, String start) {
		this.fetcher = fetcher;
		this.start = start;
	}

	/**
	 * @param cursor a {@link GhlPage#nextCursor()} saved by an earlier run
	 * @return the same listing, starting at that cursor
	 */
	public GhlPages resumeFrom(String cursor) {
		return new GhlPages(this.fetcher, cursor);
	}

	/**
	 * @param cursor where the page starts; null for the first page
	 * @return that one page
	 */
	public GhlPage page(String cursor) {
		return this.fetcher.fetch(cursor);
	}

	@Override
	public Iterator<GhlPage> iterator() {
		return new Iterator<>() {

			private String cursor = GhlPages.this.start;

			private boolean done;

			@Override
			public boolean hasNext() {
				return !this.done;
			}

			@Override
			public GhlPage next() {
				if (this.done) {
					throw new NoSuchElementException();
				}
				GhlPage page = GhlPages.this.fetcher.fetch(this.cursor);
				this.cursor = page.nextCursor();
				this.done = !page.hasNext();
				return page;
			}

		};
	}

	/** @return every item of every page, fetched as the stream is consumed */
	public Stream<JsonNode> items() {
		Spliterator<GhlPage> pages = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
		return StreamSupport.stream(pages, false).flatMap(page -> page.items().stream());
	}

}
