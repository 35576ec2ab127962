package io.keystonebi.api.dashboard;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV exports of the dashboard's charts and drill rows: a viewer's files hold no commission and no personal data,
 * another role's do, and every download is recorded in the audit log as an export.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class DashboardExportsIntegrationTests {

	private static final String PERIOD = "?from=2026-03-01&to=2026-03-20";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	@Test
	void aViewersCommissionTableHasNoCommissionColumnsAndAnExecutivesHasThem() {
		String viewer = header(csv(Role.VIEWER, "/api/v1/dashboard/revenue/commission/csv" + PERIOD));
		String executive = header(csv(Role.EXECUTIVE, "/api/v1/dashboard/revenue/commission/csv" + PERIOD));

		assertThat(executive).isEqualTo("agent,agent_id,deals,revenue,gci,agent_commission,company_dollar");
		assertThat(viewer).isEqualTo("agent,agent_id,deals,revenue");
	}

	@Test
	void aViewersDrillRowsHaveNoContactNames() {
		String query = PERIOD + "&date=won&status=won";
		String viewer = header(csv(Role.VIEWER, "/api/v1/dashboard/rows/deals/csv" + query));
		String executive = header(csv(Role.EXECUTIVE, "/api/v1/dashboard/rows/deals/csv" + query));

		assertThat(executive.split(",")).contains("contact");
		assertThat(viewer.split(",")).doesNotContain("contact").contains("deal", "value");
	}

	@Test
	void everyDownloadIsRecordedAsAnExportWithItsScope() throws InterruptedException {
		csv(Role.EXECUTIVE, "/api/v1/dashboard/pipeline/lead_sources/csv" + PERIOD);
		csv(Role.AGENT, "/api/v1/dashboard/rows/leads/csv" + PERIOD);

		assertThat(awaitExports(2)).endsWith("executive data.export dashboard:pipeline/lead_sources all csv",
				"agent data.export dashboard:rows/leads agent:1 csv");
	}

	private HttpResponse<String> csv(Role role, String path) {
		Long agent = (role == Role.AGENT) ? 1L : null;
		HttpResponse<String> response = new SummaryClient(this.port,
				TestSignIn.bearer(this.context, this.port, role, agent, null), null).get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/csv"));
		return response;
	}

	private static String header(HttpResponse<String> response) {
		return response.body().lines().findFirst().orElse("");
	}

	// The audit log is written in batches by a thread of its own.
	private List<String> awaitExports(int atLeast) throws InterruptedException {
		String sql = ClasspathSqlLocator.create().locate(DashboardExportsIntegrationTests.class, "exports");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> exports = List.of();
		while (System.nanoTime() < deadline) {
			exports = this.jdbi.withHandle((handle) -> handle.createQuery(sql).mapTo(String.class).list());
			if (exports.size() >= atLeast) {
				break;
			}
			Thread.sleep(50);
		}
		return exports;
	}

}
