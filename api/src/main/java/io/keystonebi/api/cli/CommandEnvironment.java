package io.keystonebi.api.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * For a command, starts the application without a web server, scheduler, banner or Spring Batch's own
 * failure logging, so the command's summary or one-line error is all a person sees. Runs before any bean
 * exists, hence the fixed list of command names.
 */
public class CommandEnvironment implements EnvironmentPostProcessor {

	/** Every command's name. */
	public static final Set<String> COMMANDS = Set.of("import", "rebuild-rollups", "add-account", "reset-password",
			"reencrypt-personal-data");

	static final Map<String, Object> COMMAND_SETTINGS = Map.of("spring.main.web-application-type", "none",
			"spring.main.banner-mode", "off", "logging.level.root", "warn", "logging.level.org.springframework.batch",
			"off", "spring.main.log-startup-info", "false", "spring.thymeleaf.check-template-location", "false",
			"spring.quartz.auto-startup", "false", "bi.jobs.enabled", "false");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PropertySource<?> arguments = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		if (arguments == null) {
			return;
		}
		Object nonOptionArgs = arguments.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
		List<String> values = (nonOptionArgs != null) ? Arrays.asList(String.valueOf(nonOptionArgs).split(","))
				: List.of();
		if (requested(values) != null) {
			environment.getPropertySources().addLast(new MapPropertySource("command", COMMAND_SETTINGS));
		}
	}

	/** @return the command the first non-option argument names, or null when the application should serve */
	static String requested(List<String> nonOptionArgs) {
		return (!nonOptionArgs.isEmpty() && COMMANDS.contains(nonOptionArgs.get(0))) ? nonOptionArgs.get(0) : null;
	}

}
