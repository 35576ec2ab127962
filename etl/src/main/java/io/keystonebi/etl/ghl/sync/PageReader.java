package io.keystonebi.etl.ghl.sync;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.keystonebi.etl.ghl.client.GhlPage;

/**
 * Reads a {@link Listing} one page per item. With a chunk of one page, the cursor saved at each commit is
 * exactly where a restarted step resumes: the page after the last one written. The pages after it are read
 * ahead ({@link ReadAhead}) while it is written, so the location's rate budget is not left idle meanwhile;
 * what was read ahead and not yet written is simply read again by a restarted step.
 */
final class PageReader implements ItemStreamReader<GhlPage> {

	private static final String CURSOR = "ghl.cursor";

	private static final String DONE = "ghl.done";

	private final EntitySync entity;

	private final SyncRun run;

	private Listing listing;

	private ReadAhead ahead;

	private String cursor;

	private boolean done;

	PageReader(EntitySync entity, SyncRun run) {
		this.entity = entity;
		this.run = run;
	}

	@Override
	public void open(ExecutionContext context) {
		this.cursor = context.containsKey(CURSOR) ? context.getString(CURSOR) : null;
		this.done = context.containsKey(DONE) && (boolean) context.get(DONE);
		// Built here rather than in the constructor: an incremental listing reads the high-water mark, which
		// must be the one of this execution's start.
		this.listing = this.entity.listing(this.run);
	}

	@Override
	public GhlPage read() {
		if (this.done) {
			return null;
		}
		int depth = this.run.settings().readAhead();
		if (this.ahead == null && depth > 0) {
			this.ahead = new ReadAhead(this.listing, this.cursor, depth,
					"ghl-read-" + this.run.locationSourceId() + "-" + this.entity.name());
		}
		GhlPage page = (this.ahead != null) ? this.ahead.next() : this.listing.page(this.cursor);
		this.cursor = page.nextCursor();
		this.done = !page.hasNext();
		if (this.done) {
			close();
		}
		return page;
	}

	@Override
	public void update(ExecutionContext context) {
		if (this.cursor != null) {
			context.putString(CURSOR, this.cursor);
		}
		else {
			context.remove(CURSOR);
		}
		context.put(DONE, this.done);
	}

	@Override
	public void close() {
		if (this.ahead != null) {
			this.ahead.close();
			this.ahead = null;
		}
	}

}
