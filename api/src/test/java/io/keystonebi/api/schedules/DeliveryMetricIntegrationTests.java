package io.keystonebi.api.schedules;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.reports.delivery.DeliveryLog;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.schedules.ScheduleFixtures.account;
import static io.keystonebi.api.schedules.ScheduleFixtures.body;
import static io.keystonebi.api.schedules.ScheduleFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus reads the delivery log's rows by status, every status present from the start. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = ScheduleFixtures.ACCOUNTS, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class DeliveryMetricIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	@Test
	void theScrapeCountsDeliveriesByStatusAsTheDatabaseDoes() throws InterruptedException {
		ScheduleFixtures fixtures = new ScheduleFixtures(this.jdbi, this.port);
		String admin = TestSignIn.admin(this.context, this.port);
		long schedule = json(fixtures.send("POST", "/api/v1/reports/schedule", admin,
				body("Counted", "\"template\": \"daily_summary\"", account(9001)))).get("id").asLong();
		fixtures.deliveries(schedule);

		// The figures are read at most every two seconds: wait for a scrape that has seen the new rows.
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String scrape = scrape(admin);
		while (value(scrape, "failed") != count(fixtures, "failed") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			scrape = scrape(admin);
		}
		for (String status : DeliveryLog.STATUSES) {
			assertThat(value(scrape, status)).as(status).isEqualTo(count(fixtures, status));
		}
		assertThat(value(scrape, "failed")).isPositive();
	}

	private String scrape(String admin) {
		HttpResponse<String> response = new ScheduleFixtures(this.jdbi, this.port).send("GET", "/actuator/prometheus",
				admin, null);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static long count(ScheduleFixtures fixtures, String status) {
		return fixtures.query("statusCount", Long.class, Map.of("status", status));
	}

	private static long value(String scrape, String status) {
		Matcher line = Pattern.compile("^bi_reports_deliveries\\{[^}]*status=\"" + status + "\"[^}]*\\} (\\S+)$",
				Pattern.MULTILINE).matcher(scrape);
		assertThat(line.find()).as("bi_reports_deliveries of " + status).isTrue();
		return (long) Double.parseDouble(line.group(1));
	}

}
