package io.keystonebi.etl.ghl.client;

import java.time.Duration;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.keystonebi.etl.ghl.stub.GhlStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class GhlRetryTests {

	static final String LOCATION = "ve9EPM428h8vShlRW1KT";

	static Jdbi jdbi = ClientFixture.migratedDatabase();

	GhlStub stub;

	GhlLocationClient client;

	String token;

	@BeforeEach
	void start() {
		this.stub = GhlStub.start();
		ClientFixture fixture = ClientFixture.of(jdbi, this.stub, 100, Duration.ofSeconds(10), 4);
		this.token = this.stub.controls().privateIntegrationToken(LOCATION, "co-1");
		fixture.connections.connectPrivateIntegration(LOCATION, "co-1", this.token);
		this.client = fixture.clients.forLocation(LOCATION);
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void a429StormIsRetriedUntilItPasses() {
		this.stub.failNext(3, 429);

		assertThat(this.client.location().path("timezone").asString()).isEqualTo("America/Chicago");
		assertThat(this.stub.calls()).hasSize(4);
	}

	@Test
	void a5xxStormIsRetriedUntilItPasses() {
		this.stub.failNext(2, 503);

		assertThat(this.client.tags()).hasSize(2);
		assertThat(this.stub.calls()).hasSize(3);
	}

	@Test
	void aStormLongerThanTheAttemptsFailsNamingTheRequestStatusAndTraceId(CapturedOutput output) {
		this.stub.failNext(10, 502);

		assertThatThrownBy(this.client::tags).isInstanceOf(GhlRetriesExhaustedException.class)
			.hasMessageContaining("GET /locations/" + LOCATION + "/tags answered 502")
			.hasMessageContaining("traceId " + this.stub.traceIds().get(3))
			.hasMessageContaining("after 4 attempts")
			.hasMessageNotContaining(this.token);
		assertThat(this.stub.calls()).hasSize(4);
		assertThat(this.stub.traceIds()).hasSize(4).allSatisfy(traceId -> assertThat(output).contains(traceId));
	}

	@Test
	void aRefusalIsNotRetriedAndCarriesGhlsMessageAndTraceId(CapturedOutput output) {
		this.stub.failNext(1, 422);

		assertThatThrownBy(() -> this.client.customFields("all")).isInstanceOf(GhlRequestFailedException.class)
			.hasMessageContaining("GET /locations/" + LOCATION + "/customFields answered 422")
			.hasMessageContaining("Injected failure 422")
			.hasMessageContaining(this.stub.traceIds().get(0));
		assertThat(this.stub.calls()).hasSize(1);
		assertThat(output).contains(this.stub.traceIds().get(0));
	}

	@Test
	void anUnreachableServerFailsAfterTheAttempts() {
		this.stub.close();

		assertThatThrownBy(this.client::tags).isInstanceOf(GhlRetriesExhaustedException.class)
			.hasMessageContaining("GET /locations/" + LOCATION + "/tags could not reach GHL; gave up after 4 attempts");
	}

}
