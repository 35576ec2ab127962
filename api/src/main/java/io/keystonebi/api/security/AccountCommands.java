package io.keystonebi.api.security;

import java.io.PrintStream;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.ApplicationArguments;

import io.keystonebi.api.cli.Command;
import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;

/**
 * {@code add-account} and {@code reset-password}: how the first administrator gets in, and how a lost password is
 * replaced, from the server's own command line rather than through an open set-up page. The made-up password is
 * printed once. Exit codes: 0 done, 1 refused, 2 bad arguments.
 */
final class AccountCommands {

	private AccountCommands() {
	}

	static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** {@code add-account --username=ops --role=admin [--display-name=...] [--agent-id=N] [--team-id=N]}. */
	static final class AddAccount implements Command {

		private final AccountAdministration administration;

		AddAccount(AccountAdministration administration) {
			this.administration = administration;
		}

		@Override
		public String name() {
			return "add-account";
		}

		@Override
		public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
			String username = option(args, "username");
			String role = option(args, "role");
			if (username == null || role == null) {
				err.println("add-account needs --username=<name> and --role=<admin|executive|manager|agent|viewer>");
				return 2;
			}
			Role parsed;
			try {
				parsed = Role.of(role);
			}
			catch (IllegalArgumentException ex) {
				err.println("--role=" + role + " is not a role: admin, executive, manager, agent or viewer");
				return 2;
			}
			try {
				String display = option(args, "display-name");
				AccountAdministration.Created created = this.administration.create(new AccountChange(username,
						(display != null) ? display : username, parsed, number(option(args, "agent-id")),
						number(option(args, "team-id")), true, option(args, "email")), null);
				out.printf("Created %s (%s). Password, shown only now: %s%n", created.account().username(),
						parsed.id(), created.password());
				return 0;
			}
			catch (InvalidAccountException | AccountConflictException | NumberFormatException ex) {
				err.println("add-account refused: " + ex.getMessage());
				return 1;
			}
		}

		private static Long number(String value) {
			return (value == null) ? null : Long.valueOf(value);
		}

	}

	/** {@code reset-password --username=ops}: a new made-up password; every session and token of it ends. */
	static final class ResetPassword implements Command {

		private final AccountAdministration administration;

		private final Jdbi jdbi;

		ResetPassword(AccountAdministration administration, Jdbi jdbi) {
			this.administration = administration;
			this.jdbi = jdbi;
		}

		@Override
		public String name() {
			return "reset-password";
		}

		@Override
		public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
			String username = option(args, "username");
			if (username == null) {
				err.println("reset-password needs --username=<name>");
				return 2;
			}
			AccountRow account = this.jdbi.withExtension(AccountsSql.class, sql -> sql.byUsername(username)).orElse(null);
			if (account == null) {
				err.println("reset-password refused: no account named '" + username + "'");
				return 1;
			}
			String password = this.administration.resetPassword(account.id(), null);
			out.printf("New password for %s, shown only now: %s%n", account.username(), password);
			return 0;
		}

	}

}
