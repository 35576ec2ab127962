package io.keystonebi.api.schedules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedule tests' fixture ({@code ScheduleFixtures/accounts.sql}: Erin, executive, account 9001; Dana, manager
 * of team 9001, account 9002; Erin's private definition 9001 and shared definition 9002), their SQL, and a JSON
 * client of the API.
 */
final class ScheduleFixtures {

	static final String ACCOUNTS = "classpath:io/keystonebi/api/schedules/ScheduleFixtures/accounts.sql";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Jdbi jdbi;

	private final int port;

	ScheduleFixtures(Jdbi jdbi, int port) {
		this.jdbi = jdbi;
		this.port = port;
	}

	/** A weekly schedule body for one account recipient, built from a template. */
	static String body(String name, String report, String recipients) {
		return """
				{%s, "name": "%s", "recurrence": "weekly", "day_of_week": 1, "local_time": "07:00",
				 "time_zone": "America/New_York", "start_date": "2026-01-01", "formats": ["pdf", "csv"],
				 "recipients": [%s]}""".formatted(report, name, recipients);
	}

	static String account(long id) {
		return "{\"kind\": \"account\", \"account_id\": " + id + "}";
	}

	HttpResponse<String> send(String method, String path, String bearer, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** @return the ids of the three deliveries of {@code deliveries.sql}: sent, failed, sending */
	List<Long> deliveries(long scheduleId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("deliveries")).bind("scheduleId", scheduleId)
			.mapTo(Long.class).list());
	}

	void setEmail(String username, String email) {
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql("setEmail")).bind("username", username)
			.bind("email", email).execute());
	}

	<T> T query(String name, Class<T> type, Map<String, Object> binds) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql(name)).bindMap(binds).mapTo(type).one());
	}

	private static String sql(String name) {
		return ClasspathSqlLocator.create().locate(ScheduleFixtures.class, name);
	}

}
