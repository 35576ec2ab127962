package io.keystonebi.api.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

import io.keystonebi.sql.accounts.AccountsSql;

/**
 * Signs tests in through the real token endpoint: makes an account of the role (once per application context)
 * and returns the {@code Authorization} header value of a fresh access token.
 */
public final class TestSignIn {

	public static final String PASSWORD = "Test-password-9f3Kq2";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private TestSignIn() {
	}

	/**
	 * @param context the running application
	 * @param port its port
	 * @return {@code Bearer <token>} of an administrator
	 */
	public static String admin(ApplicationContext context, int port) {
		return bearer(context, port, Role.ADMIN, null, null);
	}

	/**
	 * @param context the running application
	 * @param port its port
	 * @param role the role
	 * @param agentUserId an agent's warehouse user, or null
	 * @param teamId a manager's team, or null
	 * @return {@code Bearer <token>}
	 */
	public static String bearer(ApplicationContext context, int port, Role role, Long agentUserId, Long teamId) {
		// Not cached across tests: fixtures that truncate the warehouse's users take the accounts with them.
		String username = username(role, agentUserId, teamId);
		ensureAccount(context, username, role, agentUserId, teamId);
		return "Bearer " + token(port, username, PASSWORD).get("access_token").asString();
	}

	/**
	 * Makes the account if it does not exist yet.
	 * @return its username
	 */
	public static String ensureAccount(ApplicationContext context, Role role, Long agentUserId, Long teamId) {
		String username = username(role, agentUserId, teamId);
		ensureAccount(context, username, role, agentUserId, teamId);
		return username;
	}

	/** @return the token endpoint's JSON answer for a password sign-in; fails the test on anything but 200 */
	public static JsonNode token(int port, String username, String password) {
		HttpResponse<String> response = post(port, "/api/v1/auth/token",
				"{\"grant_type\":\"password\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		if (response.statusCode() != 200) {
			throw new AssertionError("Sign-in of " + username + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return JSON.readTree(response.body());
	}

	/**
	 * Signs in through the sign-in page as a browser would: fetch the form (session and CSRF token), post it.
	 * @return the {@code Cookie} header value of the signed-in session
	 */
	public static String session(ApplicationContext context, int port, Role role, Long agentUserId, Long teamId) {
		String username = ensureAccount(context, role, agentUserId, teamId);
		HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.build());
		String cookie = cookie(form);
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(form.body());
		if (!csrf.find()) {
			throw new AssertionError("The sign-in page has no CSRF token: " + form.body());
		}
		String body = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("Form sign-in of " + username + " answered " + signedIn.statusCode() + " "
					+ signedIn.headers().map());
		}
		return cookie(signedIn);
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter((value) -> value.startsWith("KEYSTONE_SESSION="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** @return the answer to a JSON POST without credentials */
	public static HttpResponse<String> post(int port, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** @return the id of the named account */
	public static long accountId(ApplicationContext context, String username) {
		return context.getBean(org.jdbi.v3.core.Jdbi.class)
			.withExtension(AccountsSql.class, (sql) -> sql.byUsername(username)).orElseThrow().id();
	}

	private static String username(Role role, Long agentUserId, Long teamId) {
		return "test-" + role.id() + ((agentUserId != null) ? "-u" + agentUserId : "")
				+ ((teamId != null) ? "-t" + teamId : "");
	}

	private static synchronized void ensureAccount(ApplicationContext context, String username, Role role,
			Long agentUserId, Long teamId) {
		AccountAdministration administration = context.getBean(AccountAdministration.class);
		boolean exists = context.getBean(org.jdbi.v3.core.Jdbi.class)
			.withExtension(AccountsSql.class, (sql) -> sql.byUsername(username)).isPresent();
		if (!exists) {
			administration.create(new AccountChange(username, "Test " + role.id(), role, agentUserId, teamId, true),
					PASSWORD);
		}
	}

}
