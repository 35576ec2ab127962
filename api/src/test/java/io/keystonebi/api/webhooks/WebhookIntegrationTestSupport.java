package io.keystonebi.api.webhooks;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.etl.ghl.webhooks.WebhookDrain;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application on a fresh database for the webhook tests, its endpoint trusting the test keys; the scheduler
 * and the drain on receipt are off so each test drains when it chooses. Checks are SQL files beside this class, each giving text lines.
 */
@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bi.jobs.enabled=false", "bi.etl.ghl.webhooks.drain-on-receipt=false",
				"bi.etl.ghl.webhooks.max-body-size=64KB" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
abstract class WebhookIntegrationTestSupport {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	@LocalServerPort
	int port;

	@Autowired
	Jdbi jdbi;

	@Autowired
	WebhookDrain drain;

	WebhookSender sender;

	@DynamicPropertySource
	static void testKeys(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.webhooks.ed25519-public-keys", () -> WebhookSender.publicKey(WebhookSender.ED25519));
		registry.add("bi.etl.ghl.webhooks.rsa-public-keys", () -> WebhookSender.publicKey(WebhookSender.RSA));
	}

	@BeforeEach
	void emptyInboxAndWarehouse() {
		this.sender = new WebhookSender(this.port);
		this.jdbi.useHandle((handle) -> handle.createScript(sql("reset")).execute());
	}

	void drain() throws Exception {
		assertThat(this.drain.drain().status().isUnsuccessful()).isFalse();
	}

	List<String> lines(String name) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql(name)).mapTo(String.class).list());
	}

	private static String sql(String name) {
		return SQL.locate(WebhookIntegrationTestSupport.class, name);
	}

}
