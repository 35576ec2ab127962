package io.keystonebi.api.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's accounts: one per role, each password printed once and working, none printed again. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = "/io/keystonebi/api/dashboard/fixture.sql", executionPhase = ExecutionPhase.BEFORE_TEST_METHOD)
class DemoAccountsIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Jdbi jdbi;

	@Autowired
	private AccountAdministration administration;

	@Test
	void oneAccountPerRoleIsCreatedAndItsPrintedPasswordSignsIn() {
		this.jdbi.useHandle((handle) -> {
			handle.execute("delete from accounts");
			handle.execute("insert into teams (id, location_id, name) overriding system value values (20, 1, 'West')");
			handle.execute("update users set team_id = 20 where id in (3, 4)");
		});
		String printed = run();
		Matcher line = Pattern.compile("(\\w+)\\s+(\\w+)\\s+password (\\S+)").matcher(printed);
		int accounts = 0;
		while (line.find()) {
			accounts++;
			assertThat(line.group(1)).isEqualTo(line.group(2));
			assertThat(TestSignIn.token(this.port, line.group(2), line.group(3)).get("role").asString())
				.isEqualTo(line.group(1));
		}
		assertThat(accounts).isEqualTo(5);
		Long team = this.jdbi.withHandle((handle) -> handle.createQuery(
				"select team_id from accounts where role = 'manager'").mapTo(Long.class).one());
		Long agent = this.jdbi.withHandle((handle) -> handle.createQuery(
				"select warehouse_user_id from accounts where role = 'agent'").mapTo(Long.class).one());
		assertThat(team).isEqualTo(20L);
		assertThat(agent).isIn(3L, 4L);
		assertThat(run()).doesNotContain("password");
	}

	private String run() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DemoAccounts(this.jdbi, this.administration, new PrintStream(out, true, StandardCharsets.UTF_8))
			.run(new DefaultApplicationArguments());
		return out.toString(StandardCharsets.UTF_8);
	}

}
