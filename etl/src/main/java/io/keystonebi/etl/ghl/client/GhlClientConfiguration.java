package io.keystonebi.etl.ghl.client;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.etl.EtlProperties;

/** The GHL API client: {@link GhlClients} for the sync jobs and {@link GhlConnections} to connect locations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EtlProperties.class)
public class GhlClientConfiguration {

	@Bean
	GhlClientParts ghlClientParts(EtlProperties properties) {
		return GhlClientParts.create(properties.ghl().client(), Clock.systemUTC());
	}

	@Bean
	GhlClients ghlClients(GhlClientParts parts, Jdbi jdbi) {
		return parts.clients(jdbi);
	}

	@Bean
	GhlConnections ghlConnections(GhlClientParts parts, Jdbi jdbi) {
		return parts.connections(jdbi);
	}

	/**
	 * What the client's public services share: one HTTP client, one cipher, one OAuth endpoint. Also how tests
	 * build the client without Spring.
	 */
	record GhlClientParts(EtlProperties.Ghl.Client settings, GhlTransport transport, TokenCipher cipher,
			OAuthEndpoint oauth, Clock clock) {

		static GhlClientParts create(EtlProperties.Ghl.Client settings, Clock clock) {
			HttpClient http = HttpClient.newBuilder()
				.connectTimeout(settings.requestTimeout().compareTo(Duration.ofSeconds(10)) < 0
						? settings.requestTimeout() : Duration.ofSeconds(10))
				.build();
			GhlTransport transport = new GhlTransport(http, settings.baseUrl(), settings.requestTimeout(),
					settings.maxAttempts(), new Backoff(settings.backoffBase(), settings.backoffMax()),
					JsonMapper.builder().build());
			TokenCipher cipher = new TokenCipher(settings.tokenEncryptionKey(), settings.previousTokenEncryptionKey());
			OAuthEndpoint oauth = new OAuthEndpoint(transport, settings.oauthClientId(), settings.oauthClientSecret(),
					clock);
			return new GhlClientParts(settings, transport, cipher, oauth, clock);
		}

		GhlClients clients(Jdbi jdbi) {
			return new GhlClients(this.transport, this.oauth, this.cipher, jdbi, this.settings, this.clock);
		}

		GhlConnections connections(Jdbi jdbi) {
			return new GhlConnections(jdbi, this.cipher, this.oauth);
		}

	}

}
