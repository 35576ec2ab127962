package io.keystonebi.etl.ghl.sync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

/**
 * A sync test: its own database, fast retries, the appointment window around the samples' dates. Each class
 * points {@code bi.etl.ghl.client.base-url} at its own stub, so stub data one class changes never leaks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = SyncTestApplication.class,
		properties = { "spring.batch.jdbc.initialize-schema=never", "spring.batch.job.enabled=false",
				"spring.flyway.locations=classpath:db/migration",
				"bi.etl.ghl.client.token-encryption-key=" + SyncIntegrationTest.KEY,
				"bi.etl.ghl.client.max-attempts=2", "bi.etl.ghl.client.backoff-base=10ms",
				"bi.etl.ghl.client.backoff-max=20ms", "bi.etl.ghl.sync.appointments-back=400d",
				"bi.etl.ghl.sync.appointments-forward=30d", "bi.etl.ghl.sync.appointment-window=215d" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@interface SyncIntegrationTest {

	/** Token encryption key of the tests: base64 of the bytes 0 to 31. */
	String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

}
