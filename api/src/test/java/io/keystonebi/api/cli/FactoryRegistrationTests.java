package io.keystonebi.api.cli;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

/** What the application registers with Spring Boot outside its beans, checked on the packaged classpath. */
class FactoryRegistrationTests {

	@Test
	void theBatchRepositoryDefaultsApplyWhereverTheJobsRun() throws IOException {
		assertThat(SpringFactories.named(EnvironmentPostProcessor.class))
			.contains("io.keystonebi.etl.BatchRepositoryDefaults");
	}

	@Test
	void startUpFailuresOfKeysAndConfigurationAreExplainedNotTraced() throws IOException {
		assertThat(SpringFactories.named(FailureAnalyzer.class)).contains(
				"io.keystonebi.api.security.InsecureConfigurationFailureAnalyzer",
				"io.keystonebi.sql.pii.EncryptionKeyFailureAnalyzer");
	}

}
