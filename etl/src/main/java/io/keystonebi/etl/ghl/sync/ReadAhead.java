package io.keystonebi.etl.ghl.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.keystonebi.etl.ghl.client.GhlPage;

/**
 * Reads a listing's pages ahead of the one being written, so a location's GHL requests go on while the
 * database works and while other requests are on their way: at most {@code depth} pages are being read or wait
 * to be handed out. A listing whose next cursor comes only with the page before is read page after page; one
 * whose pages are known in advance (one per key, as notes per contact) has up to {@code depth} read at once.
 * Every request still takes a permit of the location's rate budget. Pages are handed out in listing order; a
 * page that could not be read fails when it is asked for, after the pages before it were handed out.
 * Used by one thread (the step's); the reads run on threads of its own.
 */
final class ReadAhead implements AutoCloseable {

	private final Listing listing;

	private final int depth;

	private final ExecutorService readers;

	private final Deque<CompletableFuture<GhlPage>> pending = new ArrayDeque<>();

	/** The page queued last, whether or not it was handed out since. */
	private CompletableFuture<GhlPage> last;

	/** The cursor of the last page queued, while it is known without reading the page before it. */
	private String tail;

	private boolean tailKnown;

	/**
	 * @param cursor the first page's cursor; null for the listing's first page
	 * @param depth how many pages may be read or waiting at a time (1: the next page is read while the last one
	 * handed out is written)
	 * @param name names the reading threads
	 */
	ReadAhead(Listing listing, String cursor, int depth, String name) {
		this.listing = listing;
		this.depth = Math.max(1, depth);
		this.readers = Executors.newFixedThreadPool(this.depth, threads(name));
		listing.prepare();
		queue(CompletableFuture.supplyAsync(() -> listing.page(cursor), this.readers));
		this.tail = cursor;
		this.tailKnown = true;
		fill();
	}

	/**
	 * @return the page after the last one handed out (the first page at first); call only while the last one
	 * handed out has a next page
	 */
	GhlPage next() {
		CompletableFuture<GhlPage> head = this.pending.removeFirst();
		GhlPage page;
		try {
			page = head.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
		if (page.hasNext()) {
			fill();
		}
		return page;
	}

	/** Stops reading; pages still being read are abandoned. */
	@Override
	public void close() {
		this.pending.forEach((page) -> page.cancel(false));
		this.pending.clear();
		this.readers.shutdownNow();
	}

	private void fill() {
		while (this.pending.size() < this.depth) {
			String known = this.tailKnown ? this.listing.next(this.tail) : null;
			if (known != null) {
				queue(CompletableFuture.supplyAsync(() -> this.listing.page(known), this.readers));
				this.tail = known;
			}
			else {
				// The next cursor comes with the page before: read it once that page is in. Past the end the
				// chain reads nothing and yields null, which is never handed out.
				queue(this.last.thenApplyAsync(
						(page) -> (page != null && page.hasNext()) ? this.listing.page(page.nextCursor()) : null,
						this.readers));
				this.tailKnown = false;
			}
		}
	}

	private void queue(CompletableFuture<GhlPage> page) {
		this.pending.addLast(page);
		this.last = page;
	}

	private static ThreadFactory threads(String name) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
