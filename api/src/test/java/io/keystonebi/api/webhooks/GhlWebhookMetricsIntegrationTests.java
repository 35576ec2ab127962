package io.keystonebi.api.webhooks;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.api.sync.SyncMetrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus shows webhook deliveries by outcome, and per location the lag behind GHL and the deliveries waiting
 * to be applied, the same figures as {@code GET /api/v1/sync/status}.
 */
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,prometheus")
class GhlWebhookMetricsIntegrationTests extends WebhookIntegrationTestSupport {

	private static final String LOCATION = "ve9EPM428h8vShlRW1KT";

	@Autowired
	SyncMetrics syncMetrics;

	@Test
	void deliveriesByOutcomeAndEachLocationsLagAndBacklogAreScraped() throws Exception {
		assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).statusCode()).isEqualTo(200);
		assertThat(this.sender.send(GhlWebhookEndpointIntegrationTests.CONTACT).statusCode()).isEqualTo(200);
		assertThat(this.sender.post(GhlWebhookEndpointIntegrationTests.CONTACT.getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(401);
		ownScript("syncedTenMinutesAgo");
		this.syncMetrics.refresh();

		String scraped = scrape();

		assertThat(value(scraped, "bi_ghl_webhooks_deliveries_total{outcome=\"stored\"}")).isEqualTo(1.0);
		assertThat(value(scraped, "bi_ghl_webhooks_deliveries_total{outcome=\"duplicate\"}")).isEqualTo(1.0);
		assertThat(value(scraped, "bi_ghl_webhooks_deliveries_total{outcome=\"rejected\"}")).isEqualTo(1.0);
		assertThat(value(scraped, "bi_ghl_webhooks_deliveries_total{outcome=\"not_stored\"}")).isZero();
		assertThat(value(scraped, "bi_ghl_webhooks_backlog{location=\"" + LOCATION + "\"}")).isEqualTo(1.0);
		assertThat(value(scraped, "bi_ghl_webhooks_failed{location=\"" + LOCATION + "\"}")).isZero();
		// Synced ten minutes ago, and everything received before the delivery waiting since just now is applied:
		// the data is as of that delivery's receipt (the sync status's definition).
		assertThat(value(scraped, "bi_ghl_sync_lag_seconds{location=\"" + LOCATION + "\"}")).isBetween(0.0, 60.0);

		drain();
		this.syncMetrics.refresh();
		assertThat(value(scrape(), "bi_ghl_webhooks_backlog{location=\"" + LOCATION + "\"}")).isZero();
	}

	private String scrape() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static double value(String scraped, String series) {
		Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scraped);
		assertThat(line.find()).as(series + " in\n" + scraped).isTrue();
		return Double.parseDouble(line.group(1));
	}

}
