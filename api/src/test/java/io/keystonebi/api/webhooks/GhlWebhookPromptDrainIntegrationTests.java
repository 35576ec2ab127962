package io.keystonebi.api.webhooks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the drain on receipt on (the default), a stored delivery reaches the warehouse without any scheduled or
 * explicit drain: the scheduler stays off here, so only the receipt can have applied it.
 */
class GhlWebhookPromptDrainIntegrationTests extends WebhookIntegrationTestSupport {

	@DynamicPropertySource
	static void drainOnReceipt(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.webhooks.drain-on-receipt", () -> "true");
	}

	@Test
	void aStoredDeliveryIsAppliedWithoutWaitingForTheSchedule() throws Exception {
		assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).statusCode()).isEqualTo(200);
		List<String> contacts = waitForContacts(Duration.ofSeconds(10));
		assertThat(contacts).hasSize(1);
		assertThat(contacts.get(0)).contains("Jane");
		assertThat(lines("inbox")).containsExactly("ContactCreate applied attempts=1 error=-");
	}

	private List<String> waitForContacts(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		List<String> contacts = lines("contacts");
		while (contacts.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			contacts = lines("contacts");
		}
		return contacts;
	}

}
