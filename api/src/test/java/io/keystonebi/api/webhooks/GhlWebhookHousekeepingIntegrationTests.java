package io.keystonebi.api.webhooks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.etl.housekeeping.Housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly housekeeping removes drain runs older than the job history retention (with their steps and
 * instances) and deliveries applied before the inbox retention, and keeps recent runs, other jobs' runs and
 * deliveries that never applied.
 */
class GhlWebhookHousekeepingIntegrationTests extends WebhookIntegrationTestSupport {

	@Autowired
	Housekeeping housekeeping;

	@Test
	void oldDrainRunsAndOldAppliedDeliveriesArePurgedTheRestKept() throws Exception {
		ownScript("clearHistory");
		for (int i = 0; i < 3; i++) {
			String id = String.format("00000000-0000-4000-8000-%012d", i);
			assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT
				.replace("3f1c2b9e-7a4d-4e2b-9c1a-5d6e7f8a9b0c", id)).statusCode()).isEqualTo(200);
			drain();
		}
		ownScript("age");
		assertThat(ownLines("history")).containsExactly("ghlWebhookDrain instances=3 runs=3 steps=6",
				"rollupRebuild instances=1 runs=1 steps=0");

		Housekeeping.Result result = this.housekeeping.purge(Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(7));

		assertThat(result).isEqualTo(new Housekeeping.Result(2, 2, 0));
		assertThat(ownLines("history")).containsExactly("ghlWebhookDrain instances=1 runs=1 steps=2",
				"rollupRebuild instances=1 runs=1 steps=0");
		assertThat(ownLines("inbox")).containsExactly("00000000-0000-4000-8000-000000000002 applied",
				"failed-long-ago pending");
		assertThat(this.housekeeping.purge(Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(7)))
			.isEqualTo(new Housekeeping.Result(0, 0, 0));
	}

}
