package io.keystonebi.etl.ghl.sync;

import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.keystonebi.etl.ghl.stub.GhlStub;

/**
 * A GHL stub with a short rate window (12 requests per 500 ms) and a client reading 4 records a page, so a test
 * makes many requests and pages in little time.
 */
final class SmallPagesStub {

	private SmallPagesStub() {
	}

	static GhlStub start() {
		return GhlStub.start(12, Duration.ofMillis(500));
	}

	/** Points the client at the stub, with the matching budget and page sizes. */
	static void configure(DynamicPropertyRegistry registry, GhlStub stub) {
		registry.add("bi.etl.ghl.client.base-url", () -> stub.baseUrl().toString());
		// The client keeps below the stub's 12 so clock jitter between the two windows cannot cause a 429.
		registry.add("bi.etl.ghl.client.burst-limit", () -> "10");
		registry.add("bi.etl.ghl.client.burst-window", () -> "500ms");
		registry.add("bi.etl.ghl.sync.search-page-size", () -> "4");
		registry.add("bi.etl.ghl.sync.list-page-size", () -> "4");
	}

}
