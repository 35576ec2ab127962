package io.keystonebi.api.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.KeyRotation;

/** Dispatches the command line to the {@link Command} beans, and the commands that belong to no feature package. */
@Configuration(proxyBeanMethods = false)
public class CliConfiguration {

	@Bean
	CommandRunner commandRunner(List<Command> commands, ConfigurableApplicationContext context) {
		return new CommandRunner(commands, context);
	}

	@Bean
	ReencryptPersonalDataCommand reencryptPersonalDataCommand(KeyRotation keyRotation, FieldCipher fieldCipher) {
		return new ReencryptPersonalDataCommand(keyRotation, fieldCipher);
	}

}
