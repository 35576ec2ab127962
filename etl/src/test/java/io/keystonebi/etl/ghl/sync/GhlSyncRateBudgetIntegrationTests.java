package io.keystonebi.etl.ghl.sync;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full sync keeps a location's rate budget busy without going over it: GHL's pace (10 requests a second) in
 * a window scaled down from 10 s to 4 s to keep the test short, the client given the same limit as the stub,
 * the stub answering after 150 ms as GHL takes a while, two locations side by side. Reading one page at a time
 * (about 63%), or pausing a whole window whenever GHL reports nothing remaining (about 76%), spends well under
 * 90% of it.
 */
@SyncIntegrationTest
class GhlSyncRateBudgetIntegrationTests {

	static final int LIMIT = 40;

	static final Duration WINDOW = Duration.ofSeconds(4);

	static final GhlStub stub = GhlStub.start(LIMIT, WINDOW);

	static final List<String> LOCATIONS = List.of("loc-budget-a", "loc-budget-b");

	@DynamicPropertySource
	static void stubUrl(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.client.base-url", () -> stub.baseUrl().toString());
		registry.add("bi.etl.ghl.client.burst-limit", () -> Integer.toString(LIMIT));
		registry.add("bi.etl.ghl.client.burst-window", () -> WINDOW.toMillis() + "ms");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Autowired
	GhlSyncLauncher launcher;

	@Autowired
	GhlConnections connections;

	@Autowired
	Jdbi jdbi;

	@Test
	void twoLocationsSyncedSideBySideEachUseAtLeast90PercentOfTheirBudgetWithoutA429() {
		// About 240 requests per location: 220 of notes, one per contact, and 20 for the rest.
		stub.controls().generate(new StubControls.Dataset(220, 2, 100, 100, 300, 5, 100));
		stub.latency(Duration.ofMillis(150));
		for (String location : LOCATIONS) {
			this.connections.connectPrivateIntegration(location, "company",
					stub.controls().privateIntegrationToken(location, "company"));
		}

		List<SyncResult> results = this.launcher.runAll(SyncMode.FULL);

		assertThat(results).extracting(SyncResult::status).containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED);
		assertThat(stub.rateLimited()).isZero();
		for (String location : LOCATIONS) {
			BudgetUse use = BudgetUse.of(stub, this.jdbi, location);
			String report = use + System.lineSeparator() + use.steps(stub, this.jdbi);
			assertThat(use.refused()).as(report).isZero();
			assertThat(use.busiestWindow()).as(report).isLessThanOrEqualTo(LIMIT);
			assertThat(use.used()).as(report).isGreaterThanOrEqualTo(0.90);
			SyncChecks checks = this.jdbi.onDemand(SyncChecks.class);
			assertThat(checks.rows("contacts", location)).hasSize(220);
			assertThat(checks.rows("notes", location)).hasSize(440);
			assertThat(checks.rows("messages", location)).hasSize(300);
			assertThat(checks.rows("tasks", location)).hasSize(100);
		}
	}

}
