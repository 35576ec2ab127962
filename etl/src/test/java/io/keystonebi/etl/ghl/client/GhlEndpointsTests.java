package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.time.Instant;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.stub.GhlStub;

import static org.assertj.core.api.Assertions.assertThat;

/** The simple reads against the sample payloads, and the {@code Version} header each service wants. */
class GhlEndpointsTests {

	static final String LOCATION = "ve9EPM428h8vShlRW1KT";

	static Jdbi jdbi = ClientFixture.migratedDatabase();

	GhlStub stub;

	ClientFixture fixture;

	GhlLocationClient client;

	@BeforeEach
	void start() {
		this.stub = GhlStub.start();
		this.fixture = ClientFixture.of(jdbi, this.stub, 100, Duration.ofSeconds(10), 3);
		this.fixture.connections.connectPrivateIntegration(LOCATION, "5DP4iH6HLkQsiKESj6rh",
				this.stub.controls().privateIntegrationToken(LOCATION, "5DP4iH6HLkQsiKESj6rh"));
		this.client = this.fixture.clients.forLocation(LOCATION);
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void simpleReadsReturnTheSampleRecords() {
		JsonNode location = this.client.location();
		assertThat(location.path("timezone").asString()).isEqualTo("America/Chicago");
		assertThat(this.client.pipelines()).singleElement()
			.satisfies(pipeline -> assertThat(pipeline.path("stages")).hasSize(4));
		assertThat(this.client.tags()).extracting(tag -> tag.path("name").asString())
			.containsExactly("new-lead", "webinar-2026");
		assertThat(this.client.customFields("opportunity")).extracting(field -> field.path("id").asString())
			.containsExactly("OBj007JIEmLP0IEHdV1l");
		assertThat(this.client.contactNotes("nmFmQEsNgz6AVpgLVUJ0")).singleElement()
			.satisfies(note -> assertThat(note.path("title").asString()).isEqualTo("Scheduling preference"));
		assertThat(this.client.users(location.path("companyId").asString(), 25).items()).hasSize(1);
	}

	@Test
	void calendarEventsAreThoseStartingWithinTheWindow() {
		String calendarId = this.client.calendars().get(0).path("id").asString();
		// The sample event starts 2026-05-12T15:00:00-05:00 = 20:00 UTC.
		Instant start = Instant.parse("2026-05-12T20:00:00Z");

		assertThat(this.client.calendarEvents(calendarId, start, start.plusSeconds(60))).hasSize(1);
		assertThat(this.client.calendarEvents(calendarId, start.plusSeconds(1), start.plusSeconds(3600))).isEmpty();
		assertThat(this.stub.calls().get(1).query()).containsEntry("startTime", "1778616000000");
	}

	@Test
	void everyServiceGetsTheVersionItsSpecDeclaresAndTheTokenEndpointNone() {
		this.stub.controls().locationAuthorizationCode("code-v", "loc-v", "co-1");
		this.fixture.connections.connectOAuth("code-v", "https://bi.example.com/cb");
		this.client.location();
		this.client.pipelines();
		this.client.tasks(true, 25).page(null);
		this.client.searches().contacts(null, null, 100).page(null);
		this.client.searches().opportunities(null, null, 100).page(null);
		this.client.calendars();
		this.client.calendarEvents("BqTwX8QFwXzpegMve9EQ", Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
		this.client.searches().conversations(20).page(null);
		this.client.searches().conversationMessages("fcanlLgpbQgQhderivVs", 20).page(null);
		this.client.searches().exportMessages(null, Instant.EPOCH, 100).page(null);

		assertThat(this.stub.calls()).extracting(call -> call.path() + " " + call.version()).containsExactly(
				"/oauth/token null",
				"/locations/" + LOCATION + " 2021-07-28",
				"/opportunities/pipelines 2021-07-28",
				"/locations/" + LOCATION + "/tasks/search 2021-07-28",
				"/contacts/search 2021-07-28",
				"/opportunities/search 2021-07-28",
				"/calendars/ 2021-04-15",
				"/calendars/events 2021-04-15",
				"/conversations/search 2021-04-15",
				"/conversations/fcanlLgpbQgQhderivVs/messages 2021-04-15",
				"/conversations/messages/export 2021-04-15");
		assertThat(this.stub.traceIds()).isEmpty();
	}

	@Test
	void theStubRefusesAWrongVersionWithA400() throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(this.stub.baseUrl().resolve("/calendars/"))
					.header("Version", "2021-07-28")
					.header("Authorization", "Bearer " + this.stub.controls().privateIntegrationToken(LOCATION, "co"))
					.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Version header must be 2021-04-15");
	}

}
