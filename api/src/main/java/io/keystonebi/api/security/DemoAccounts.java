package io.keystonebi.api.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import io.keystonebi.sql.accounts.AccountsSql;
import io.keystonebi.sql.accounts.DemoLinksRow;

/**
 * The demo profile's accounts: on a start that finds none, one per role with a made-up password, printed once to
 * the console. Nobody shares a known password: each demo has its own, and a lost one is reset with the
 * {@code reset-password} command.
 */
class DemoAccounts implements ApplicationRunner {

	// The demo's scheduled reports go to the embedded mail catcher; example.com is reserved and reaches nobody.
	private static final String DEMO_DOMAIN = "demo.example.com";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Jdbi jdbi;

	private final AccountAdministration administration;

	private final PrintStream console;

	DemoAccounts(Jdbi jdbi, AccountAdministration administration, PrintStream console) {
		this.jdbi = jdbi;
		this.administration = administration;
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbi.withExtension(AccountsSql.class, AccountsSql::count) > 0) {
			log.info("Demo accounts exist already; their passwords were printed when they were created "
					+ "(reset one with: java -jar <app>.jar reset-password --username=<name>)");
			return;
		}
		DemoLinksRow links = this.jdbi.withExtension(AccountsSql.class, AccountsSql::demoLinks);
		List<String> lines = new ArrayList<>();
		lines.add(line("admin", "Demo Administrator", Role.ADMIN, null, null));
		lines.add(line("executive", "Demo Executive", Role.EXECUTIVE, null, null));
		if (links.teamId() != null) {
			lines.add(line("manager", "Demo Manager (" + links.teamName() + ")", Role.MANAGER, null, links.teamId()));
		}
		if (links.agentUserId() != null) {
			lines.add(line("agent", links.agentName(), Role.AGENT, links.agentUserId(), null));
		}
		lines.add(line("viewer", "Demo Viewer", Role.VIEWER, null, null));
		StringBuilder text = new StringBuilder();
		text.append(System.lineSeparator())
			.append("Demo accounts, one per role. These passwords are shown only now:").append(System.lineSeparator());
		lines.forEach((l) -> text.append("  ").append(l).append(System.lineSeparator()));
		this.console.print(text);
		this.console.flush();
	}

	private String line(String username, String displayName, Role role, Long agent, Long team) {
		AccountAdministration.Created created = this.administration
			.create(new AccountChange(username, displayName, role, agent, team, true, username + "@" + DEMO_DOMAIN),
					null);
		return String.format("%-10s %-9s password %s   (%s)", role.id(), username, created.password(), displayName);
	}

}
