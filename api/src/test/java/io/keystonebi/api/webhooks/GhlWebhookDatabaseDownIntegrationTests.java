package io.keystonebi.api.webhooks;

import java.net.http.HttpResponse;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery the inbox cannot store is answered 429, the one status GHL retries. The application's own
 * connection pool is closed under it, so every attempt to store fails as it would with the database gone;
 * the context is thrown away afterwards.
 */
@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext
class GhlWebhookDatabaseDownIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Value("${bi.database.url}")
	String databaseUrl;

	@DynamicPropertySource
	static void testKeys(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.webhooks.ed25519-public-keys", () -> WebhookSender.publicKey(WebhookSender.ED25519));
	}

	@Test
	void aDeliveryThatCannotBeStoredIsAnswered429SoGhlSendsItAgain() {
		this.dataSource.close();

		WebhookSender sender = new WebhookSender(this.port);
		HttpResponse<String> response = sender.send(WebhookSender.sample("envelope-ContactCreate"));

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.body()).contains("\"title\":\"Webhook not stored\"", "send it again later")
			.doesNotContain("Exception", "jdbc");
		String count = ClasspathSqlLocator.create().locate(GhlWebhookDatabaseDownIntegrationTests.class, "inboxCount");
		List<Integer> stored = Jdbi.create(this.databaseUrl)
			.withHandle((handle) -> handle.createQuery(count).mapTo(Integer.class).list());
		assertThat(stored).containsExactly(0);
	}

}
