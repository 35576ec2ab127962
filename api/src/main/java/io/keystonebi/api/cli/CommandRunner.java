package io.keystonebi.api.cli;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the command the first argument names, then ends the process with its exit code; without a command
 * it does nothing and the application serves as usual.
 */
public class CommandRunner implements ApplicationRunner {

	private final List<Command> commands;

	private final ConfigurableApplicationContext context;

	public CommandRunner(List<Command> commands, ConfigurableApplicationContext context) {
		this.commands = commands;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String name = CommandEnvironment.requested(args.getNonOptionArgs());
		if (name == null) {
			return;
		}
		Command command = this.commands.stream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No bean implements the command '" + name + "'"));
		int code = command.run(args, System.out, System.err);
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
