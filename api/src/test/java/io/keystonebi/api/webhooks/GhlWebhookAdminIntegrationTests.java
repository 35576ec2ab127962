package io.keystonebi.api.webhooks;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin lists the deliveries that could not be applied, with the reason and the payload, and sends one back
 * to the drain: it is tried again at the next drain instead of after the retry delay.
 */
class GhlWebhookAdminIntegrationTests extends WebhookIntegrationTestSupport {

	private static final String BAD_ZONE = "{\"type\":\"LocationUpdate\",\"id\":\"ve9EPM428h8vShlRW1KT\","
			+ "\"name\":\"Acme\",\"timezone\":\"Mars/Olympus\"}";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aFailedDeliveryIsListedWithItsReasonAndARetrySendsItBackToTheDrain() throws Exception {
		String failedId = this.json.readTree(this.sender.send(BAD_ZONE).body()).path("webhook_id").asString();
		assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).statusCode()).isEqualTo(200);
		drain();

		JsonNode failures = this.json.readTree(get("/api/v1/admin/webhooks/failures").body());
		assertThat(failures).hasSize(1);
		JsonNode failed = failures.get(0);
		assertThat(failed.path("webhook_id").asString()).isEqualTo(failedId);
		assertThat(failed.path("event_type").asString()).isEqualTo("LocationUpdate");
		assertThat(failed.path("location_source_id").asString()).isEqualTo("ve9EPM428h8vShlRW1KT");
		assertThat(failed.path("attempts").asInt()).isEqualTo(1);
		assertThat(failed.path("last_error").asString()).isEqualTo("timezone is not a time zone: 'Mars/Olympus'");
		assertThat(failed.path("given_up").asBoolean()).isFalse();
		assertThat(failed.path("payload").asString()).contains("Mars/Olympus");

		// Without the retry the next drain leaves it alone until the retry delay has passed.
		String firstClaim = lines("claimedAt").get(0);
		drain();
		assertThat(lines("claimedAt")).containsExactly(firstClaim);

		HttpResponse<String> retried = post("/api/v1/admin/webhooks/" + failedId + "/retry");
		assertThat(retried.statusCode()).isEqualTo(202);
		assertThat(this.json.readTree(retried.body()).path("attempts").asInt()).isZero();
		assertThat(lines("claimedAt")).containsExactly("-");
		drain();
		// Tried again at once (claimed anew), and failed again for the same reason.
		assertThat(lines("claimedAt")).hasSize(1).doesNotContain("-", firstClaim);
		assertThat(lines("inbox")).contains("LocationUpdate - attempts=1 error=timezone is not a time zone: 'Mars/Olympus'");
	}

	@Test
	void retryingAnAppliedOrUnknownDeliveryAndABadLimitAreRefusedByName() throws Exception {
		String appliedId = this.json.readTree(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).body())
			.path("webhook_id")
			.asString();
		drain();
		HttpResponse<String> applied = post("/api/v1/admin/webhooks/" + appliedId + "/retry");
		assertThat(applied.statusCode()).isEqualTo(409);
		assertThat(applied.body()).contains("was applied already");
		HttpResponse<String> unknown = post("/api/v1/admin/webhooks/no-such-delivery/retry");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("There is no webhook delivery no-such-delivery");
		HttpResponse<String> badLimit = get("/api/v1/admin/webhooks/failures?limit=0");
		assertThat(badLimit.statusCode()).isEqualTo(400);
		assertThat(badLimit.body()).contains("\"parameter\":\"limit\"", "\"value\":\"0\"");
		assertThat(this.json.readTree(get("/api/v1/admin/webhooks/failures").body())).isEmpty();
	}

}
