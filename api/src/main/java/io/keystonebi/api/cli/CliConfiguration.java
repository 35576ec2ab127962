package io.keystonebi.api.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dispatches the command line to the {@link Command} beans. */
@Configuration(proxyBeanMethods = false)
public class CliConfiguration {

	@Bean
	CommandRunner commandRunner(List<Command> commands, ConfigurableApplicationContext context) {
		return new CommandRunner(commands, context);
	}

}
