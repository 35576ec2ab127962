package io.keystonebi.api.cli;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CommandEnvironmentTests {

	StandardEnvironment environmentFor(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		new CommandEnvironment().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void springBootFindsItSoEveryCommandReallyStartsWithoutAWebServer() throws IOException {
		assertThat(SpringFactories.named(EnvironmentPostProcessor.class)).contains(CommandEnvironment.class.getName());
	}

	@Test
	void theImportCommandStartsWithoutAWebServer() {
		assertThat(environmentFor("import", "--file=a.csv", "--mapping=m").getProperty("spring.main.web-application-type"))
			.isEqualTo("none");
	}

	@Test
	void theRollupRebuildCommandStartsWithoutWebServerOrScheduler() {
		StandardEnvironment environment = environmentFor("rebuild-rollups");
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("spring.quartz.auto-startup")).isEqualTo("false");
		assertThat(environment.getProperty("bi.jobs.enabled")).isEqualTo("false");
	}

	@Test
	void theReEncryptionCommandStartsWithoutWebServerOrScheduler() {
		StandardEnvironment environment = environmentFor("reencrypt-personal-data", "--batch-size=500");
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("bi.jobs.enabled")).isEqualTo("false");
	}

	@Test
	void anyOtherStartKeepsTheWebServer() {
		assertThat(environmentFor("--server.port=8081").getProperty("spring.main.web-application-type")).isNull();
		assertThat(environmentFor("serve", "import").getProperty("spring.main.web-application-type")).isNull();
	}

	@Test
	void optionsGivenOnTheCommandLineStillWin() {
		assertThat(environmentFor("import", "--logging.level.root=debug").getProperty("logging.level.root"))
			.isEqualTo("debug");
	}

}
