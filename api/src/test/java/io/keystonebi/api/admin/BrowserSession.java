package io.keystonebi.api.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser without the browser: page requests with the session cookie, and form posts carrying the
 * CSRF token of the page the form came from, as a browser sends them. Redirects are not followed.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String cookie;

	public BrowserSession(int port, String cookie) {
		this.base = "http://127.0.0.1:" + port;
		this.cookie = cookie;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Cookie", this.cookie).build());
	}

	/**
	 * Opens the page holding the form, then posts the fields with that page's CSRF token.
	 * @param fields name and value pairs; a name may repeat (checkboxes)
	 */
	public HttpResponse<String> submit(String formPage, String action, List<Map.Entry<String, String>> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new AssertionError(formPage + " (" + page.statusCode() + ") has no CSRF token");
		}
		String body = fields.stream().map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(csrf.group(1));
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Cookie", this.cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

}
