package io.keystonebi.api.webhooks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.keystonebi.api.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries an X-Request-Id: the caller's when it is a plain token, a new one otherwise; and what is
 * logged while the request is handled names it.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests extends WebhookIntegrationTestSupport {

	@Test
	void aPlainRequestIdIsKeptAnythingElseReplaced() throws Exception {
		assertThat(requestId("proxy-4f2a.17")).isEqualTo("proxy-4f2a.17");
		assertThat(requestId(null)).matches("[0-9a-f-]{36}");
		assertThat(requestId("x".repeat(65))).matches("[0-9a-f-]{36}");
		assertThat(requestId("forged\tline")).matches("[0-9a-f-]{36}");
	}

	@Test
	void linesLoggedWhileARequestIsHandledNameIt(CapturedOutput output) throws Exception {
		assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).statusCode()).isEqualTo(200);
		drain();
		// A day to refresh, so the admin's refresh request logs what it did.
		this.jdbi.useHandle((handle) -> handle.execute(
				"insert into rollup_dirty_days (location_id, day) select id, current_date from locations on conflict do nothing"));
		HttpRequest refresh = HttpRequest.newBuilder(uri("/api/v1/admin/rollups/refresh"))
			.header("X-Request-Id", "req-logged-1")
			.header("Authorization", admin())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		assertThat(HTTP.send(refresh, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(output.getOut().lines().filter((line) -> line.contains("Refreshed rollups for")))
			.anySatisfy((line) -> assertThat(line).contains("[req-logged-1]"));
	}

	private String requestId(String given) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/sync/status")).header("Authorization", admin());
		if (given != null) {
			request.header("X-Request-Id", given);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue("X-Request-Id").orElseThrow();
	}

}
