package io.keystonebi.api.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * For the {@code import} command, starts the application without a web server, banner or Spring Batch's own
 * failure logging, so the command's summary or one-line error is all a person sees.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	static final Map<String, Object> COMMAND_LINE_SETTINGS = Map.of("spring.main.web-application-type", "none",
			"spring.main.banner-mode", "off", "logging.level.root", "warn", "logging.level.org.springframework.batch",
			"off", "spring.main.log-startup-info", "false", "spring.thymeleaf.check-template-location", "false");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PropertySource<?> arguments = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		if (arguments == null) {
			return;
		}
		Object nonOptionArgs = arguments.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
		List<String> values = (nonOptionArgs != null) ? Arrays.asList(String.valueOf(nonOptionArgs).split(",")) : List.of();
		if (ImportCommand.isRequested(values)) {
			environment.getPropertySources().addLast(new MapPropertySource("importCommand", COMMAND_LINE_SETTINGS));
		}
	}

}
