package io.keystonebi.api.imports;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@link ImportCommand} when the first argument is {@code import}, then ends the process with its exit
 * code; otherwise does nothing and the application serves as usual.
 */
class ImportCommandRunner implements ApplicationRunner {

	private final ImportCommand command;

	private final ConfigurableApplicationContext context;

	ImportCommandRunner(ImportCommand command, ConfigurableApplicationContext context) {
		this.command = command;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (ImportCommand.isRequested(args.getNonOptionArgs())) {
			int code = this.command.run(args, System.out, System.err);
			System.exit(SpringApplication.exit(this.context, () -> code));
		}
	}

}
