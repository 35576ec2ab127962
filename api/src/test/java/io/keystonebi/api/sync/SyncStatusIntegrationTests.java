package io.keystonebi.api.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/sync/status} and the dashboard's GHL stamp on a real database, with "now" fixed. The scheduler
 * is off, so no sync or drain changes the rows a test wrote.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bi.jobs.enabled=false", "bi.etl.ghl.sync.stale-after=20m" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SyncStatusIntegrationTests {

	static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	ApplicationContext context;

	@Test
	@Sql({ "SyncStatusIntegrationTests/reset.sql", "SyncStatusIntegrationTests/two_locations.sql" })
	void everyLocationHasItsSyncTimesInboxCountsAndLagAndTheWorstStatusIsOverall() {
		assertThat(status()).isEqualTo(JSON.readTree("""
				{
				  "generated_at": "2026-05-04T12:00:00Z",
				  "status": "never_synced",
				  "stale_after_seconds": 1200,
				  "worst_lag_seconds": 1500,
				  "data_as_of": "2026-05-04T11:35:00Z",
				  "last_import_at": "2026-05-02T09:00:00Z",
				  "demo_data": false,
				  "locations": [
				    {
				      "location_source_id": "loc-a",
				      "name": "Aspen Realty",
				      "time_zone": "America/Denver",
				      "connected": true,
				      "status": "fresh",
				      "lag_seconds": 240,
				      "data_as_of": "2026-05-04T11:56:00Z",
				      "last_event_at": "2026-05-04T11:56:00Z",
				      "last_event_applied_at": "2026-05-04T11:55:01Z",
				      "last_incremental_sync_at": "2026-05-04T11:45:00Z",
				      "last_full_sync_at": "2026-05-04T03:10:00Z",
				      "last_run_kind": "incremental",
				      "last_run_status": "COMPLETED",
				      "last_run_started_at": "2026-05-04T11:44:00Z",
				      "last_run_ended_at": "2026-05-04T11:45:00Z",
				      "last_run_error": null,
				      "inbox_backlog": 0,
				      "failed_events": 0
				    },
				    {
				      "location_source_id": "loc-b",
				      "name": "Birch Homes",
				      "time_zone": "Europe/London",
				      "connected": true,
				      "status": "stale",
				      "lag_seconds": 1500,
				      "data_as_of": "2026-05-04T11:35:00Z",
				      "last_event_at": "2026-05-04T11:59:00Z",
				      "last_event_applied_at": "2026-05-04T11:59:30Z",
				      "last_incremental_sync_at": "2026-05-04T11:15:00Z",
				      "last_full_sync_at": "2026-05-03T03:20:00Z",
				      "last_run_kind": "incremental",
				      "last_run_status": "FAILED",
				      "last_run_started_at": "2026-05-04T11:30:00Z",
				      "last_run_ended_at": "2026-05-04T11:31:10Z",
				      "last_run_error": "GHL answered 503 to GET /contacts/ after 5 attempts",
				      "inbox_backlog": 2,
				      "failed_events": 1
				    },
				    {
				      "location_source_id": "loc-c",
				      "name": null,
				      "time_zone": null,
				      "connected": true,
				      "status": "never_synced",
				      "lag_seconds": null,
				      "data_as_of": null,
				      "last_event_at": null,
				      "last_event_applied_at": null,
				      "last_incremental_sync_at": null,
				      "last_full_sync_at": null,
				      "last_run_kind": null,
				      "last_run_status": null,
				      "last_run_started_at": null,
				      "last_run_ended_at": null,
				      "last_run_error": null,
				      "inbox_backlog": 0,
				      "failed_events": 0
				    }
				  ]
				}
				"""));
	}

	@Test
	@Sql(scripts = { "SyncStatusIntegrationTests/reset.sql", "SyncStatusIntegrationTests/two_locations.sql" },
			statements = "delete from ghl_connections where location_source_id = 'loc-c'")
	void withEveryLocationSyncedTheOverallStatusIsTheWorstLagsAndTheDashboardSaysSo() {
		JsonNode body = status();
		assertThat(body.get("status").asString()).isEqualTo("stale");
		assertThat(body.get("locations").findValuesAsString("location_source_id")).containsExactly("loc-a", "loc-b");
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"sync sync-stale\"", "data-testid=\"sync-stamp\"",
				"data-as-of=\"2026-05-04T11:35:00Z\"", "<span>Synced from GHL 25 min ago</span>",
				"<strong class=\"badge\">Delayed</strong>",
				"title=\"Aspen Realty: synced 4 min ago; Birch Homes: synced 25 min ago\"");
	}

	@Test
	@Sql({ "SyncStatusIntegrationTests/reset.sql", "SyncStatusIntegrationTests/two_locations.sql" })
	void aLocationNotSyncedYetIsNamedOnTheDashboard() {
		assertThat(get("/").body()).contains("class=\"sync sync-stale\"",
				"<span>Synced from GHL 25 min ago · 1 location not synced yet</span>");
	}

	@Test
	@Sql("SyncStatusIntegrationTests/reset.sql")
	void withoutAnyDataNoLocationIsListedAndNothingIsConnected() {
		assertThat(status()).isEqualTo(JSON.readTree("""
				{
				  "generated_at": "2026-05-04T12:00:00Z",
				  "status": "not_connected",
				  "stale_after_seconds": 1200,
				  "worst_lag_seconds": null,
				  "data_as_of": null,
				  "last_import_at": null,
				  "demo_data": false,
				  "locations": []
				}
				"""));
		assertThat(get("/").body()).contains("class=\"sync sync-offline\"", "<span>Not connected to GHL</span>")
			.doesNotContain("badge\"");
	}

	@Test
	@Sql({ "SyncStatusIntegrationTests/reset.sql", "SyncStatusIntegrationTests/demo_import.sql" })
	void demoDataWithoutGhlIsStampedWithItsImportTimeInTheLocationsZone() {
		JsonNode body = status();
		assertThat(body.get("status").asString()).isEqualTo("not_connected");
		assertThat(body.get("last_import_at").asString()).isEqualTo("2026-05-01T15:30:00Z");
		assertThat(body.get("demo_data").asBoolean()).isTrue();
		assertThat(body.get("locations")).isEmpty();
		assertThat(get("/").body()).contains("class=\"sync sync-offline\"",
				"<span>Not connected to GHL — demo data imported at 1 May 2026, 09:30 MDT</span>");
	}

	@Test
	@Sql(scripts = "SyncStatusIntegrationTests/reset.sql", statements = {
			"insert into ghl_connections (location_source_id, auth_kind, encrypted_access_token) values ('loc-n', 'pit', 'x')",
			"insert into webhook_inbox (webhook_id, event_type, location_source_id, event_at, payload, received_at)"
					+ " values ('w-1', 'ContactCreate', 'loc-w', '2026-05-04T11:58:00Z', '{}', '2026-05-04T11:58:00Z')" })
	void webhooksAloneDoNotMakeALocationSynced() {
		JsonNode body = status();
		assertThat(body.get("status").asString()).isEqualTo("never_synced");
		assertThat(body.get("worst_lag_seconds").isNull()).isTrue();
		assertThat(body.get("locations").findValuesAsString("location_source_id")).containsExactly("loc-n", "loc-w");
		JsonNode webhookOnly = body.get("locations").get(1);
		assertThat(webhookOnly.get("connected").asBoolean()).isFalse();
		assertThat(webhookOnly.get("last_event_at").asString()).isEqualTo("2026-05-04T11:58:00Z");
		assertThat(webhookOnly.get("inbox_backlog").asLong()).isEqualTo(1);
		assertThat(webhookOnly.get("status").asString()).isEqualTo("never_synced");
		assertThat(get("/").body()).contains("class=\"sync sync-pending\"",
				"<span>Connected to GHL — first sync not finished yet</span>");
	}

	private JsonNode status() {
		HttpResponse<String> response = get("/api/v1/sync/status");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
			if (path.startsWith("/api/")) {
				request.header("Authorization", TestSignIn.admin(this.context, this.port));
			}
			else {
				request.header("Cookie", TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null));
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during GET " + path, ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
