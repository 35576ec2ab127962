package io.keystonebi.api.schedules;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.admin.BrowserSession;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.schedules.ScheduleFixtures.account;
import static io.keystonebi.api.schedules.ScheduleFixtures.body;
import static io.keystonebi.api.schedules.ScheduleFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages of schedules and deliveries: a schedule made through the form is listed with its recurrence in
 * words, a bad zone is shown beside its field, pause from the schedule's page, the delivery log with "Send again",
 * and the pages are for administrators only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = ScheduleFixtures.ACCOUNTS, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class SchedulePagesIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private BrowserSession admin;

	private ScheduleFixtures fixtures;

	@BeforeEach
	void signIn() {
		this.admin = new BrowserSession(this.port, TestSignIn.session(this.context, this.port, Role.ADMIN, null, null));
		this.fixtures = new ScheduleFixtures(this.jdbi, this.port);
	}

	@Test
	void aScheduleMadeThroughTheFormIsListedWithItsRecurrenceInWords() {
		HttpResponse<String> page = this.admin.get("/admin/schedules");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/admin/schedules\"", "href=\"/admin/deliveries\"",
				"Weekly performance", "Erin shared");

		HttpResponse<String> created = this.admin.submit("/admin/schedules", "/admin/schedules",
				form("Team pack from the form", "America/New_York"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).matches(".*/admin/schedules/\\d+\\?created");

		assertThat(this.admin.get("/admin/schedules").body()).contains("Team pack from the form",
				"Weekdays at 07:30 America/New_York");
	}

	@Test
	void aBadZoneIsShownBesideItsFieldAndNothingIsSaved() {
		HttpResponse<String> refused = this.admin.submit("/admin/schedules", "/admin/schedules",
				form("Nowhere pack", "Mars/Olympus"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field=\"timeZone\"", "Mars/Olympus");
		assertThat(this.admin.get("/admin/schedules").body()).doesNotContain(">Nowhere pack<");
	}

	@Test
	void aScheduleIsPausedAndResumedFromItsPage() {
		long id = created("Pause me");
		String page = "/admin/schedules/" + id;
		assertThat(this.admin.get(page).body()).contains("Every Monday at 07:00 America/New_York");

		assertThat(this.admin.submit(page, page + "/pause", List.of()).statusCode()).isEqualTo(302);
		assertThat(this.admin.get(page).body()).contains("data-testid=\"status\">Paused<");
		assertThat(this.admin.submit(page, page + "/resume", List.of()).statusCode()).isEqualTo(302);
		assertThat(this.admin.get(page).body()).contains("data-testid=\"status\">Running<");
		assertThat(this.admin.get("/admin/schedules/987654").statusCode()).isEqualTo(404);
	}

	@Test
	void theDeliveryLogListsRowsAndSendAgainMakesOneDue() {
		long schedule = created("Logged on the page");
		List<Long> rows = this.fixtures.deliveries(schedule);
		HttpResponse<String> log = this.admin.get("/admin/deliveries?schedule=" + schedule);

		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.body()).contains("data-delivery=\"" + rows.get(0) + "\"", "&lt;sched.1@localhost&gt;",
				"550 5.1.1 mailbox unknown", "dana@sched.test");
		assertThat(this.admin.get("/admin/deliveries?schedule=" + schedule + "&status=failed").body())
			.contains("data-delivery=\"" + rows.get(1) + "\"").doesNotContain("data-delivery=\"" + rows.get(0) + "\"");

		HttpResponse<String> resent = this.admin.submit("/admin/deliveries?schedule=" + schedule,
				"/admin/deliveries/" + rows.get(1) + "/resend", List.of());
		assertThat(resent.statusCode()).isEqualTo(302);
		assertThat(this.fixtures.query("delivery", String.class, Map.of("id", rows.get(1))))
			.isEqualTo("pending attempts=8 resends=1");
		HttpResponse<String> busy = this.admin.submit("/admin/deliveries", "/admin/deliveries/" + rows.get(2) + "/resend",
				List.of());
		assertThat(busy.headers().firstValue("Location").orElseThrow()).endsWith("/admin/deliveries?busy=" + rows.get(2));
		assertThat(this.fixtures.query("delivery", String.class, Map.of("id", rows.get(2))))
			.isEqualTo("sending attempts=1 resends=0");
	}

	@Test
	void onlyAdministratorsOpenThePages() {
		BrowserSession executive = new BrowserSession(this.port,
				TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null));
		assertThat(executive.get("/admin/schedules").statusCode()).isEqualTo(403);
		assertThat(executive.get("/admin/deliveries").statusCode()).isEqualTo(403);
	}

	private long created(String name) {
		HttpResponse<String> response = this.fixtures.send("POST", "/api/v1/reports/schedule",
				TestSignIn.admin(this.context, this.port), body(name, "\"template\": \"daily_summary\"", account(9001)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("id").asLong();
	}

	private static List<Map.Entry<String, String>> form(String name, String zone) {
		return List.of(Map.entry("report", "definition:9002"), Map.entry("name", name),
				Map.entry("recurrence", "weekdays"), Map.entry("dayOfWeek", "1"), Map.entry("dayOfMonth", "1"),
				Map.entry("localTime", "07:30"), Map.entry("timeZone", zone), Map.entry("startDate", "2026-01-01"),
				Map.entry("endDate", ""), Map.entry("formats", "pdf"), Map.entry("formats", "xlsx"),
				Map.entry("accountIds", "9001"), Map.entry("teamIds", "9001"), Map.entry("emails", ""),
				Map.entry("emailScope", "brokerage"), Map.entry("emailScopeId", ""));
	}

}
