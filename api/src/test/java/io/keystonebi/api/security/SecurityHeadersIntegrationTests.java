package io.keystonebi.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protective headers on pages, API answers and refusals alike; the actuator and API documentation closed outside
 * the demo profile; cross-origin calls allowed only from the configured origins.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "bi.api.security.cors-allowed-origins=https://intranet.example.com")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SecurityHeadersIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/", "/api/v1/dashboard/summary", "/actuator/health" })
	void everyAnswerCarriesTheProtectiveHeaders(String path) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).build());
		assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-inline");
		assertThat(header(response, "Strict-Transport-Security")).contains("max-age=31536000")
			.contains("includeSubDomains");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/metrics", "/v3/api-docs" })
	void theActuatorAndApiDocumentationAreClosedToStrangers(String path) throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri(path)).build()).statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://intranet.example.com", "https://evil.example.net" })
	void crossOriginCallsAreAllowedOnlyFromTheAllowlist(String origin) throws Exception {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/dashboard/summary"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization")
			.build());
		if (origin.contains("intranet")) {
			assertThat(preflight.statusCode()).isEqualTo(200);
			assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(origin);
		}
		else {
			assertThat(preflight.statusCode()).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		}
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("No " + name + " in "
				+ response.uri() + ": " + response.headers().map()));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
