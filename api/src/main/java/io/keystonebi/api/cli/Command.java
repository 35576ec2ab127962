package io.keystonebi.api.cli;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;

/** A command the application runs instead of serving, named by the first command-line argument. */
public interface Command {

	/** @return the word that selects this command; must be one of {@link CommandEnvironment#COMMANDS} */
	String name();

	/**
	 * Runs the command.
	 * @param args the command line
	 * @param out where the summary goes
	 * @param err where problems go, one line each, never a stack trace
	 * @return the process exit code: 0 success, 1 the work failed, 2 bad arguments
	 */
	int run(ApplicationArguments args, PrintStream out, PrintStream err);

}
