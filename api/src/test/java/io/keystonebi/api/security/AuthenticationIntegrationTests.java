package io.keystonebi.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access tokens and refresh tokens against the real endpoint: every token the API must refuse (RFC 8725), rotation
 * and reuse, and deactivation ending access at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuthenticationIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String PROTECTED = "/api/v1/sync/status";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private Jdbi jdbi;

	@Value("${bi.api.security.jwt-signing-key}")
	private String signingKey;

	private String username;

	@BeforeEach
	void account() {
		this.username = TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null);
	}

	@Test
	void aPasswordSignInGivesAnHourLongBearerTokenThatOpensTheApi() {
		JsonNode tokens = TestSignIn.token(this.port, this.username, TestSignIn.PASSWORD);
		assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").asLong()).isEqualTo(3600);
		assertThat(tokens.get("role").asString()).isEqualTo("executive");
		assertThat(tokens.get("scope").asString()).isEqualTo("brokerage");
		assertThat(get(PROTECTED, "Bearer " + tokens.get("access_token").asString()).statusCode()).isEqualTo(200);
		String[] parts = tokens.get("access_token").asString().split("\\.");
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
		assertThat(header.get("alg").asString()).isEqualTo("HS256");
		assertThat(claims.get("iss").asString()).isEqualTo("keystone-bi");
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		HttpResponse<String> wrongPassword = TestSignIn.post(this.port, "/api/v1/auth/token",
				"{\"grant_type\":\"password\",\"username\":\"" + this.username + "\",\"password\":\"not-the-password-1\"}");
		HttpResponse<String> noSuchUser = TestSignIn.post(this.port, "/api/v1/auth/token",
				"{\"grant_type\":\"password\",\"username\":\"nobody-here\",\"password\":\"not-the-password-1\"}");
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(noSuchUser.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(wrongPassword.body()).get("detail"))
			.isEqualTo(JSON.readTree(noSuchUser.body()).get("detail"));
	}

	@Test
	void aBadTokenRequestNamesTheField() {
		HttpResponse<String> noGrant = TestSignIn.post(this.port, "/api/v1/auth/token", "{\"username\":\"x\"}");
		assertThat(noGrant.statusCode()).isEqualTo(400);
		assertThat(noGrant.body()).contains("grant_type");
		HttpResponse<String> noPassword = TestSignIn.post(this.port, "/api/v1/auth/token",
				"{\"grant_type\":\"password\",\"username\":\"x\"}");
		assertThat(noPassword.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noPassword.body()).get("field").asString()).isEqualTo("password");
		HttpResponse<String> extra = TestSignIn.post(this.port, "/api/v1/auth/token",
				"{\"grant_type\":\"password\",\"username\":\"x\",\"password\":\"y\",\"role\":\"admin\"}");
		assertThat(extra.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(extra.body()).get("field").asString()).isEqualTo("role");
		HttpResponse<String> badGrant = TestSignIn.post(this.port, "/api/v1/auth/token", "{\"grant_type\":\"magic\"}");
		assertThat(badGrant.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badGrant.body()).get("errors").get(0).get("rejected_value").asString()).isEqualTo("magic");
		assertThat(TestSignIn.post(this.port, "/api/v1/auth/token", "{not json").statusCode()).isEqualTo(400);
	}

	@Test
	void everyTokenTheApiMustRefuseGets401AsAProblem() throws Exception {
		long accountId = accountId();
		byte[] key = keyBytes();
		byte[] otherKey = "an-entirely-different-key-of-48-bytes-0123456789".getBytes(StandardCharsets.UTF_8);
		Instant now = Instant.now();
		assertRefused(null);
		assertRefused("Bearer not.a.jwt");
		assertRefused("Bearer " + "x".repeat(40));
		assertRefused("Bearer " + sign(key, claims(accountId, "keystone-bi", "keystone-bi-api", now.minusSeconds(7200),
				now.minusSeconds(3600))));
		assertRefused("Bearer " + sign(otherKey, claims(accountId, "keystone-bi", "keystone-bi-api", now, now.plusSeconds(600))));
		assertRefused("Bearer " + sign(key, claims(accountId, "keystone-bi", "someone-else", now, now.plusSeconds(600))));
		assertRefused("Bearer " + sign(key, claims(accountId, "evil-issuer", "keystone-bi-api", now, now.plusSeconds(600))));
		assertRefused("Bearer " + sign(key, claims(accountId, "keystone-bi", "keystone-bi-api", now, null)));
		// alg none: the same claims, unsigned.
		String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
		String body = Base64.getUrlEncoder().withoutPadding().encodeToString(
				claims(accountId, "keystone-bi", "keystone-bi-api", now, now.plusSeconds(600)).toString().getBytes());
		assertRefused("Bearer " + header + "." + body + ".");
		// And the control: the same key and claims, properly signed, are accepted.
		assertThat(get(PROTECTED, "Bearer " + sign(key, claims(accountId, "keystone-bi", "keystone-bi-api", now,
				now.plusSeconds(600)))).statusCode()).isEqualTo(200);
	}

	@Test
	void refreshTokensRotateAndAReusedOneRevokesTheWholeSignIn() {
		JsonNode first = TestSignIn.token(this.port, this.username, TestSignIn.PASSWORD);
		JsonNode second = refresh(first.get("refresh_token").asString(), 200);
		assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
		assertThat(get(PROTECTED, "Bearer " + second.get("access_token").asString()).statusCode()).isEqualTo(200);
		JsonNode reused = refresh(first.get("refresh_token").asString(), 401);
		assertThat(reused.get("detail").asString()).contains("already used");
		// The thief's copy and the rightful holder's newer token both stop working.
		refresh(second.get("refresh_token").asString(), 401);
		refresh("made-up-token", 401);
	}

	@Test
	void deactivatingAnAccountEndsItsTokensAndSessionsAtOnce() {
		String name = TestSignIn.ensureAccount(this.context, Role.VIEWER, null, null);
		JsonNode tokens = TestSignIn.token(this.port, name, TestSignIn.PASSWORD);
		String bearer = "Bearer " + tokens.get("access_token").asString();
		String session = TestSignIn.session(this.context, this.port, Role.VIEWER, null, null);
		assertThat(get(PROTECTED, bearer).statusCode()).isEqualTo(200);
		assertThat(page("/", session).statusCode()).isEqualTo(200);
		long id = TestSignIn.accountId(this.context, name);
		try {
			this.administration.update(id, new AccountChange(name, "Test viewer", Role.VIEWER, null, null, false));
			assertThat(get(PROTECTED, bearer).statusCode()).isEqualTo(401);
			HttpResponse<String> afterwards = page("/", session);
			assertThat(afterwards.statusCode()).isEqualTo(302);
			assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
			refresh(tokens.get("refresh_token").asString(), 401);
		}
		finally {
			this.administration.update(id, new AccountChange(name, "Test viewer", Role.VIEWER, null, null, true));
		}
	}

	@Test
	void aNewRoleEndsTokensIssuedUnderTheOldOne() {
		String name = TestSignIn.ensureAccount(this.context, Role.ADMIN, null, null);
		String bearer = TestSignIn.bearer(this.context, this.port, Role.ADMIN, null, null);
		assertThat(get("/api/v1/admin/webhooks/failures", bearer).statusCode()).isEqualTo(200);
		long id = TestSignIn.accountId(this.context, name);
		try {
			this.administration.update(id, new AccountChange(name, "Test admin", Role.VIEWER, null, null, true));
			assertThat(get("/api/v1/admin/webhooks/failures", bearer).statusCode()).isEqualTo(401);
		}
		finally {
			this.administration.update(id, new AccountChange(name, "Test admin", Role.ADMIN, null, null, true));
		}
	}

	@Test
	void pagesSendStrangersToSignInAndTheApiAnswersThemWithAProblem() {
		HttpResponse<String> page = page("/", null);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		HttpResponse<String> api = get("/api/v1/dashboard/summary", null);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void browserSessionsLiveInTheDatabaseSoAnyNodeServesThem() {
		String cookie = TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null);
		String id = new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
				StandardCharsets.UTF_8);
		Long stored = this.jdbi.withHandle((handle) -> handle
			.createQuery("select count(*) from spring_session where session_id = :id and principal_name = :name")
			.bind("id", id).bind("name", this.username).mapTo(Long.class).one());
		assertThat(stored).isEqualTo(1L);
	}

	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSite() {
		HttpResponse<String> login = page("/login", null);
		String cookie = login.headers().allValues("Set-Cookie").stream()
			.filter((c) -> c.startsWith("KEYSTONE_SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	private void assertRefused(String authorization) {
		HttpResponse<String> response = get(PROTECTED, authorization);
		assertThat(response.statusCode()).as("%s", authorization).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	private JsonNode refresh(String token, int status) {
		HttpResponse<String> response = TestSignIn.post(this.port, "/api/v1/auth/token",
				"{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + token + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private long accountId() {
		return TestSignIn.accountId(this.context, this.username);
	}

	private byte[] keyBytes() {
		return Base64.getDecoder().decode(this.signingKey.substring("base64:".length()));
	}

	private JWTClaimsSet claims(long accountId, String issuer, String audience, Instant issued, Instant expires) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(Long.toString(accountId))
			.issuer(issuer)
			.audience(List.of(audience))
			.issueTime(java.util.Date.from(issued))
			.claim("ver", 0)
			.claim("role", "executive");
		if (expires != null) {
			claims.expirationTime(java.util.Date.from(expires));
		}
		return claims.build();
	}

	private static String sign(byte[] key, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(new SecretKeySpec(key, "HmacSHA256")));
		return jwt.serialize();
	}

	private HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private HttpResponse<String> page(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(request.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
