package io.keystonebi.api.rollups;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.Fixtures;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RollupAdminIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Jdbi jdbi;

	@Autowired
	RebuildRollupsCommand command;

	@BeforeEach
	void emptyWarehouse() {
		this.jdbi.useHandle(handle -> handle.createUpdate(sql("emptyWarehouse")).execute());
	}

	@Test
	void refreshThenRebuildBringInChangesOnlyTheFullRebuildCanSee() throws Exception {
		Fixtures.newYorkFebruaryAndMarch(this.jdbi);
		HttpResponse<String> refreshed = post("/api/v1/admin/rollups/refresh");
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(refreshed.body()).isEqualTo("{\"days_refreshed\":4}");
		assertThat(lines("teamRevenue")).containsExactly("2026-02-01 team:1 100000", "2026-03-01 team: 50000",
				"2026-03-01 team:1 0");

		// Moving an agent between teams touches no deal, so no day is marked: only a rebuild re-attributes.
		this.jdbi.useHandle(handle -> handle.createUpdate(sql("moveBobIntoTeamNorth")).execute());
		assertThat(post("/api/v1/admin/rollups/refresh").body()).isEqualTo("{\"days_refreshed\":0}");
		HttpResponse<String> rebuilt = post("/api/v1/admin/rollups/rebuild");
		assertThat(rebuilt.statusCode()).isEqualTo(200);
		assertThat(rebuilt.body()).contains("\"status\":\"COMPLETED\"", "\"days_rebuilt\":4");
		assertThat(lines("teamRevenue")).containsExactly("2026-02-01 team:1 100000", "2026-03-01 team:1 50000");
		assertThat(lines("monthlyRevenue")).containsExactly("2026-02-01 100000", "2026-03-01 50000");
	}

	@Test
	void theCommandLineRebuildPrintsWhatItDidAndRefusesStrayArguments() {
		Fixtures.newYorkFebruaryAndMarch(this.jdbi);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = this.command.run(new DefaultApplicationArguments("rebuild-rollups"), new PrintStream(out, true),
				new PrintStream(err, true));
		assertThat(code).isZero();
		assertThat(out.toString()).startsWith("Rebuilt rollups for 4 location-days in ");
		assertThat(lines("monthlyRevenue")).containsExactly("2026-02-01 100000", "2026-03-01 50000");

		int refused = this.command.run(new DefaultApplicationArguments("rebuild-rollups", "now"),
				new PrintStream(out, true), new PrintStream(err, true));
		assertThat(refused).isEqualTo(2);
		assertThat(err.toString()).isEqualTo("rebuild-rollups takes no arguments, got: [now]" + System.lineSeparator());
	}

	private HttpResponse<String> post(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", TestSignIn.admin(this.context, this.port))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private List<String> lines(String name) {
		return this.jdbi.withHandle(handle -> handle.createQuery(sql(name)).mapTo(String.class).list());
	}

	private static String sql(String name) {
		return SQL.locate(RollupAdminIntegrationTests.class, name);
	}

}
