package io.keystonebi.api.schedules;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.reports.delivery.Unsubscribes;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.schedules.ScheduleFixtures.account;
import static io.keystonebi.api.schedules.ScheduleFixtures.body;
import static io.keystonebi.api.schedules.ScheduleFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public unsubscribe page: opening the link changes nothing, the confirmation (with its CSRF token) and an
 * RFC 8058 one-click POST unsubscribe, and a tampered token gets a 400 page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = ScheduleFixtures.ACCOUNTS, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class UnsubscribeIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	@Autowired
	private Unsubscribes unsubscribes;

	private ScheduleFixtures fixtures;

	private long recipient;

	private String token;

	@BeforeEach
	void schedule() {
		this.fixtures = new ScheduleFixtures(this.jdbi, this.port);
		HttpResponse<String> created = this.fixtures.send("POST", "/api/v1/reports/schedule",
				TestSignIn.admin(this.context, this.port),
				body("Erin unsubscribable pack", "\"template\": \"daily_summary\"", account(9001)));
		JsonNode schedule = json(created);
		this.recipient = schedule.get("recipients").get(0).get("id").asLong();
		this.token = this.unsubscribes.token(this.recipient, schedule.get("id").asLong());
	}

	@Test
	void openingTheLinkAsksFirstAndTheConfirmationUnsubscribes() {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/reports/unsubscribe?token=" + this.token)));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Erin unsubscribable pack", "Stop receiving this report?");
		assertThat(unsubscribed()).isFalse();

		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		HttpResponse<String> done = send(HttpRequest.newBuilder(uri("/reports/unsubscribe"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("token=" + this.token + "&_csrf=" + encode(csrf.group(1)))));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("You are unsubscribed");
		assertThat(unsubscribed()).isTrue();
	}

	@Test
	void theConfirmationWithoutItsCsrfTokenIsRefused() {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/reports/unsubscribe"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("token=" + this.token)));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(unsubscribed()).isFalse();
	}

	@Test
	void aOneClickPostUnsubscribesWithoutAPage() {
		HttpResponse<String> done = send(HttpRequest.newBuilder(uri("/reports/unsubscribe?token=" + this.token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("List-Unsubscribe=One-Click")));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(unsubscribed()).isTrue();
	}

	@Test
	void aTamperedTokenGetsAPageSayingTheLinkIsNotValid() {
		String tampered = this.token.substring(0, this.token.length() - 1)
				+ (this.token.endsWith("A") ? "B" : "A");
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/reports/unsubscribe?token=" + tampered)));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("This link is not valid").doesNotContain("Exception");

		HttpResponse<String> oneClick = send(HttpRequest.newBuilder(uri("/reports/unsubscribe?token=" + tampered))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("List-Unsubscribe=One-Click")));
		assertThat(oneClick.statusCode()).isEqualTo(400);
		assertThat(unsubscribed()).isFalse();
	}

	private boolean unsubscribed() {
		return this.fixtures.query("unsubscribed", Boolean.class, Map.of("id", this.recipient));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpRequest.BodyPublisher form(String body) {
		return HttpRequest.BodyPublishers.ofString(body);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
