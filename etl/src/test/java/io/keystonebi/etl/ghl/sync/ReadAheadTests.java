package io.keystonebi.etl.ghl.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import io.keystonebi.etl.ghl.client.GhlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTests {

	@Test
	void pagesKnownInAdvanceAreReadSeveralAtOnceAndHandedOutInOrder() {
		Reads reads = new Reads(30);
		Listing listing = Listing.perKey(() -> keys(20), (key) -> reads.read(key));

		List<String> handedOut = new ArrayList<>();
		try (ReadAhead ahead = new ReadAhead(listing, null, 4, "test")) {
			GhlPage page;
			do {
				page = ahead.next();
				handedOut.add(page.items().get(0).asString());
			}
			while (page.hasNext());
		}

		assertThat(handedOut).isEqualTo(keys(20));
		assertThat(reads.mostAtOnce.get()).isGreaterThan(1).isLessThanOrEqualTo(4);
		assertThat(reads.keys).hasSize(20);
	}

	@Test
	void pagesWhoseCursorComesWithThePageBeforeAreReadOneAfterTheOtherAtMostDepthAhead() throws Exception {
		Reads reads = new Reads(5);
		Listing listing = (cursor) -> {
			int index = (cursor != null) ? Integer.parseInt(cursor) : 0;
			reads.read(String.valueOf(index));
			return new GhlPage(List.of(text(String.valueOf(index))), null, (index < 9) ? String.valueOf(index + 1) : null);
		};

		try (ReadAhead ahead = new ReadAhead(listing, "2", 3, "test")) {
			assertThat(ahead.next().items().get(0).asString()).isEqualTo("2");
			for (int waited = 0; reads.keys.size() < 4 && waited < 5000; waited += 10) {
				Thread.sleep(10);
			}
			Thread.sleep(100);
			// Page 2 handed out: 3, 4 and 5 may be read, not 6.
			assertThat(reads.keys).containsExactly("2", "3", "4", "5");
			assertThat(reads.mostAtOnce.get()).isEqualTo(1);
		}
	}

	@Test
	void aPageThatCannotBeReadFailsWhenItIsAskedForAfterThePagesBeforeIt() {
		Listing listing = Listing.perKey(() -> keys(6), (key) -> {
			if (key.equals("k3")) {
				throw new IllegalStateException("GET /contacts/k3/notes answered 422");
			}
			return List.of(text(key));
		});

		try (ReadAhead ahead = new ReadAhead(listing, null, 4, "test")) {
			assertThat(ahead.next().items().get(0).asString()).isEqualTo("k0");
			assertThat(ahead.next().items().get(0).asString()).isEqualTo("k1");
			assertThat(ahead.next().items().get(0).asString()).isEqualTo("k2");
			assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("k3");
		}
	}

	@Test
	void aReaderResumesAtItsCursor() {
		Listing listing = Listing.perKey(() -> keys(5), (key) -> List.of(text(key)));

		try (ReadAhead ahead = new ReadAhead(listing, "3", 2, "test")) {
			GhlPage page = ahead.next();
			assertThat(page.items().get(0).asString()).isEqualTo("k3");
			assertThat(page.nextCursor()).isEqualTo("4");
			page = ahead.next();
			assertThat(page.items().get(0).asString()).isEqualTo("k4");
			assertThat(page.hasNext()).isFalse();
		}
	}

	private static List<String> keys(int count) {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add("k" + i);
		}
		return keys;
	}

	private static JsonNode text(String value) {
		return JsonNodeFactory.instance.stringNode(value);
	}

	/** Records which keys were read and how many reads ran at once; each read takes {@code millis}. */
	private static final class Reads {

		final List<String> keys = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		private final long millis;

		Reads(long millis) {
			this.millis = millis;
		}

		List<JsonNode> read(String key) {
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				Thread.sleep(this.millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.running.decrementAndGet();
			}
			this.keys.add(key);
			return List.of(text(key));
		}

	}

}
