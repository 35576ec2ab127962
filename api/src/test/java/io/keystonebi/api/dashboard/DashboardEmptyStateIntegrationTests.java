package io.keystonebi.api.dashboard;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** A warehouse without any data: the page says so and the API answers with zeros, not errors. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DashboardEmptyStateIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void thePageExplainsThatThereIsNoDataYet() {
		HttpResponse<String> page = SummaryClient.executive(this.context, this.port).get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"empty-state\"", "No data yet").doesNotContain("data-kpi=")
			.doesNotContain("data-testid=\"data-as-of\"");
		assertThat(page.body()).contains("data-testid=\"sync-stamp\"", "Not connected to GHL");
	}

	@Test
	void theApiReportsZerosNoChangesNoAlertsAndNoFreshnessStamp() {
		JsonNode body = SummaryClient.executive(this.context, this.port).summary("range=90d");
		assertThat(body.get("summary").get("total_revenue").decimalValue()).isZero();
		assertThat(body.get("summary").get("total_leads").asLong()).isZero();
		assertThat(body.get("summary").get("conversion_rate").isNull()).isTrue();
		assertThat(body.get("summary").get("revenue_change").isNull()).isTrue();
		assertThat(body.get("alerts")).isEmpty();
		assertThat(body.get("top_agents")).isEmpty();
		assertThat(body.get("data_as_of").isNull()).isTrue();
	}

}
