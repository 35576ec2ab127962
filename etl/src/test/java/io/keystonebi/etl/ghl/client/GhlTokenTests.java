package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls.OAuthPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GhlTokenTests {

	static Jdbi jdbi = ClientFixture.migratedDatabase();

	GhlStub stub;

	ClientFixture fixture;

	ConnectionChecks checks = jdbi.onDemand(ConnectionChecks.class);

	@BeforeEach
	void start() {
		this.stub = GhlStub.start();
		this.fixture = ClientFixture.of(jdbi, this.stub, 100, Duration.ofSeconds(10), 3);
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void a401RefreshesOnceRetriesOnceAndStoresTheNewRefreshTokenEncrypted() {
		this.fixture.connections.connectOAuth(code("code-1", "loc-oauth"), "https://bi.example.com/ghl/callback");
		GhlLocationClient client = this.fixture.clients.forLocation("loc-oauth");
		assertThat(client.tags()).hasSize(2);
		this.stub.controls().revoke(new TokenCipher(ClientFixture.KEY, "").decrypt(this.checks.accessToken("loc-oauth")));

		assertThat(client.tags()).hasSize(2);

		String newRefresh = this.stub.controls().lastRefreshedRefreshToken();
		assertThat(this.stub.controls().refreshes()).isEqualTo(1);
		assertThat(newRefresh).isNotNull();
		String stored = this.checks.refreshToken("loc-oauth");
		assertThat(stored).doesNotContain(newRefresh);
		assertThat(new TokenCipher(ClientFixture.KEY, "").decrypt(stored)).isEqualTo(newRefresh);
		assertThat(new TokenCipher(ClientFixture.KEY, "").decrypt(this.checks.accessToken("loc-oauth")))
			.isEqualTo(this.stub.controls().lastRefreshedAccessToken());
		// code exchange, tags, rejected tags, refresh, retried tags
		assertThat(this.stub.calls()).extracting(call -> call.method() + " " + call.path())
			.containsExactly("POST /oauth/token", "GET /locations/loc-oauth/tags", "GET /locations/loc-oauth/tags",
					"POST /oauth/token", "GET /locations/loc-oauth/tags");
	}

	@Test
	void theSpentRefreshTokenIsNeverUsedAgain() {
		OAuthPair pair = this.stub.controls().oauthTokens("loc-2", "co-1");
		this.fixture.connections.connectOAuth(code("code-2", "loc-2"), "https://bi.example.com/cb");
		GhlLocationClient client = this.fixture.clients.forLocation("loc-2");
		String storedAccess = new TokenCipher(ClientFixture.KEY, "").decrypt(this.checks.accessToken("loc-2"));
		String storedRefresh = new TokenCipher(ClientFixture.KEY, "").decrypt(this.checks.refreshToken("loc-2"));
		this.stub.controls().revoke(storedAccess);
		client.tags();
		this.stub.controls().revoke(this.stub.controls().lastRefreshedAccessToken());

		client.tags();

		assertThat(this.stub.controls().refreshes()).isEqualTo(2);
		assertThat(this.stub.controls().refreshTokenLive(storedRefresh)).isFalse();
		assertThat(this.stub.controls().refreshTokenLive(pair.refreshToken())).isTrue();
	}

	@Test
	void aRejectedPrivateIntegrationTokenFailsWithoutRefreshOrToken() {
		String pit = this.stub.controls().privateIntegrationToken("loc-pit", "co-1");
		this.fixture.connections.connectPrivateIntegration("loc-pit", "co-1", pit);
		this.stub.controls().revoke(pit);

		assertThatThrownBy(() -> this.fixture.clients.forLocation("loc-pit").tags())
			.isInstanceOf(GhlUnauthorizedException.class)
			.hasMessageContaining("GET /locations/loc-pit/tags answered 401")
			.hasMessageContaining("Private Integration Token cannot be refreshed")
			.hasMessageNotContaining(pit);
		assertThat(this.stub.controls().refreshes()).isZero();
		assertThat(this.checks.authKind("loc-pit")).isEqualTo("pit");
		assertThat(this.checks.accessToken("loc-pit")).doesNotContain(pit);
	}

	@Test
	void anAgencyGrantConnectsEachApprovedLocationWithItsOwnLocationToken() {
		this.stub.controls().agencyAuthorizationCode("agency-code", "co-9", List.of("loc-x", "loc-y"));

		List<String> connected = this.fixture.connections.connectOAuth("agency-code", "https://bi.example.com/cb");

		assertThat(connected).containsExactly("loc-x", "loc-y");
		assertThat(this.fixture.clients.forLocation("loc-y").tags()).hasSize(2);
		assertThat(this.stub.calls()).filteredOn(call -> call.path().equals("/oauth/locationToken"))
			.extracting(call -> call.query().get("locationId"))
			.containsExactly("loc-x", "loc-y");
		assertThat(this.stub.calls()).filteredOn(call -> call.path().equals("/locations/loc-y/tags"))
			.extracting(call -> call.locationId())
			.containsExactly("loc-y");
	}

	@Test
	void rotatingTheKeyRewritesEveryStoredTokenUnderTheNewKey() {
		this.fixture.connections.connectPrivateIntegration("loc-r", null, "pit-rotate-me");
		GhlClientConfiguration.GhlClientParts rotated = GhlClientConfiguration.GhlClientParts.create(
				new io.keystonebi.etl.EtlProperties.Ghl.Client(this.stub.baseUrl(), "", "", ClientFixture.key(64),
						ClientFixture.KEY, 100, Duration.ofSeconds(10), 1000, 3, Duration.ofMillis(10),
						Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMinutes(5)),
				java.time.Clock.systemUTC());

		assertThat(rotated.connections(jdbi).reencryptAll()).isGreaterThanOrEqualTo(1);

		String stored = this.checks.accessToken("loc-r");
		assertThat(new TokenCipher(ClientFixture.key(64), "").decrypt(stored)).isEqualTo("pit-rotate-me");
		assertThatThrownBy(() -> new TokenCipher(ClientFixture.KEY, "").decrypt(stored))
			.isInstanceOf(GhlTokenUnreadableException.class);
	}

	@Test
	void aLocationWithoutConnectionIsNamed() {
		assertThatThrownBy(() -> this.fixture.clients.forLocation("loc-none").tags())
			.isInstanceOf(GhlNotConnectedException.class)
			.hasMessageContaining("loc-none");
	}

	private String code(String code, String location) {
		this.stub.controls().locationAuthorizationCode(code, location, "co-1");
		return code;
	}

}
