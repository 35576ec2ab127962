package io.keystonebi.sql.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at its own fresh database ({@link TestDatabases}), with the test JVM's
 * personal-data keys ({@link TestEncryption}). Use with
 * {@code @ContextConfiguration(initializers = TestDatabaseInitializer.class)} or
 * {@code @SpringBootTest} plus that annotation.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var sources = context.getEnvironment().getPropertySources();
		sources.addFirst(new MapPropertySource("testDatabase", Map.of("bi.database.url", TestDatabases.createDatabase())));
		// Last, so that keys a test or profile configures (rotation, refused keys, the demo's) win.
		sources.addLast(new MapPropertySource("testEncryptionKeys", TestEncryption.properties()));
	}

}
