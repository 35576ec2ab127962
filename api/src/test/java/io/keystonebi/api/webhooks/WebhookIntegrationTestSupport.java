package io.keystonebi.api.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.etl.ghl.webhooks.WebhookDrain;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.test.Decrypted;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application on a fresh database for the webhook tests, its endpoint trusting the test keys; the scheduler
 * and the drain on receipt are off so each test drains when it chooses. Checks are SQL files beside this class, each giving text lines
 * (encrypted values spelled {@code decrypt:<hex>}, which the lines show decrypted).
 */
@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bi.jobs.enabled=false", "bi.etl.ghl.webhooks.drain-on-receipt=false",
				"bi.etl.ghl.webhooks.max-body-size=64KB" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
abstract class WebhookIntegrationTestSupport {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Jdbi jdbi;

	@Autowired
	WebhookDrain drain;

	@Autowired
	FieldCipher cipher;

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

	/** GETs a path of the application. */
	HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", admin()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** POSTs an empty body to a path of the application. */
	HttpResponse<String> post(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", admin())
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** @return an administrator's {@code Authorization} header value */
	String admin() {
		return TestSignIn.admin(this.context, this.port);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** @return a SQL file beside the concrete test class (in its own resource folder) */
	String ownSql(String name) {
		return SQL.locate(getClass(), name);
	}

	/** @return the text lines a query beside the concrete test class gives */
	List<String> ownLines(String name) {
		return decrypted(this.jdbi.withHandle((handle) -> handle.createQuery(ownSql(name)).mapTo(String.class).list()));
	}

	/** Runs a script beside the concrete test class. */
	void ownScript(String name) {
		this.jdbi.useHandle((handle) -> handle.createScript(ownSql(name)).execute());
	}

	List<String> lines(String name) {
		return decrypted(this.jdbi.withHandle((handle) -> handle.createQuery(sql(name)).mapTo(String.class).list()));
	}

	private List<String> decrypted(List<String> lines) {
		return lines.stream().map((line) -> Decrypted.text(this.cipher, line)).toList();
	}

	private static String sql(String name) {
		return SQL.locate(WebhookIntegrationTestSupport.class, name);
	}

}
