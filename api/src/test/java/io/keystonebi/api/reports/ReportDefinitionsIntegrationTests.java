package io.keystonebi.api.reports;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved definitions over HTTP: checked against the catalogue naming the bad field, read by their owner and those
 * within the owner's reach when shared, changed and deleted by the owner only, and previewed for the reader.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, ReportsClient.TEAM_FIXTURE }, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class ReportDefinitionsIntegrationTests {

	private static final String DEALS_BY_AGENT = "{\"title\": \"Deals by agent\", \"range\": \"month_to_date\", "
			+ "\"blocks\": [{\"title\": \"Deals\", \"metrics\": [\"deals_won\", \"revenue\"], \"dimension\": \"agent\", "
			+ "\"view\": \"bar\", \"limit\": 5}], \"shared\": %s}";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void aBadBlockIsRefusedNamingTheFieldItIsIn() {
		ReportsClient manager = manager();
		JsonNode undividable = ReportsClient.json(manager.post("/api/v1/reports/definitions", "{\"title\": \"T\", "
				+ "\"range\": \"last_month\", \"blocks\": [{\"title\": \"Market\", \"metrics\": [\"market_sales\"], "
				+ "\"dimension\": \"agent\", \"view\": \"bar\"}]}"), 400);
		JsonNode unknown = ReportsClient.json(manager.post("/api/v1/reports/preview", "{\"title\": \"T\", "
				+ "\"range\": \"last_month\", \"blocks\": [{\"title\": \"A\", \"metrics\": [\"revenue\"], \"view\": "
				+ "\"kpi\"}, {\"title\": \"B\", \"metrics\": [\"leads\", \"happiness\"], \"view\": \"kpi\"}]}"), 400);
		JsonNode shape = ReportsClient.json(manager.post("/api/v1/reports/definitions", "{\"title\": \"T\", "
				+ "\"range\": \"last_month\", \"blocks\": [{\"title\": \"A\", \"metrics\": [\"revenue\"], \"view\": "
				+ "\"donut\"}]}"), 400);

		assertThat(undividable.path("parameter").asString()).isEqualTo("blocks[0].dimension");
		assertThat(undividable.path("detail").asString()).contains("market_sales");
		assertThat(unknown.path("parameter").asString()).isEqualTo("blocks[1].metrics[1]");
		assertThat(unknown.path("value").asString()).isEqualTo("happiness");
		assertThat(shape.path("parameter").asString()).isEqualTo("blocks[0].view");
	}

	@Test
	void aSharedDefinitionIsReadByTheOwnersTeamAndChangedOnlyByTheOwner() {
		ReportsClient manager = manager();
		ReportsClient alice = agent(1);
		ReportsClient carla = agent(3);
		JsonNode saved = ReportsClient.json(manager.post("/api/v1/reports/definitions",
				DEALS_BY_AGENT.formatted("true")), 201);
		String path = "/api/v1/reports/definitions/" + saved.path("id").asLong();

		JsonNode aliceReads = ReportsClient.json(alice.get(path), 200);
		JsonNode aliceList = ReportsClient.json(alice.get("/api/v1/reports/list"), 200);
		int carlaReads = carla.get(path).statusCode();
		int aliceChanges = alice.put(path, DEALS_BY_AGENT.formatted("false")).statusCode();
		int aliceDeletes = alice.delete(path).statusCode();
		JsonNode ownerChanges = ReportsClient.json(manager.put(path, DEALS_BY_AGENT.formatted("false")), 200);
		int aliceReadsUnshared = alice.get(path).statusCode();
		int ownerDeletes = manager.delete(path).statusCode();

		assertThat(saved.path("mine").asBoolean()).isTrue();
		assertThat(saved.path("definition").path("blocks").get(0).path("dimension").asString()).isEqualTo("agent");
		assertThat(aliceReads.path("mine").asBoolean()).isFalse();
		assertThat(aliceReads.path("definition").path("title").asString()).isEqualTo("Deals by agent");
		assertThat(aliceList.path("shared").findValuesAsString("title")).contains("Deals by agent");
		assertThat(carlaReads).isEqualTo(404);
		assertThat(aliceChanges).isEqualTo(403);
		assertThat(aliceDeletes).isEqualTo(403);
		assertThat(ownerChanges.path("shared").asBoolean()).isFalse();
		assertThat(aliceReadsUnshared).isEqualTo(404);
		assertThat(ownerDeletes).isEqualTo(204);
		assertThat(manager.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void anExecutivesSharedDefinitionReachesEveryoneAndAViewerMayPreviewButNotSave() {
		ReportsClient executive = ReportsClient.as(this.context, this.port, Role.EXECUTIVE, null, null);
		ReportsClient viewer = ReportsClient.as(this.context, this.port, Role.VIEWER, null, null);
		JsonNode saved = ReportsClient.json(executive.post("/api/v1/reports/definitions",
				DEALS_BY_AGENT.formatted("true").replace("Deals by agent", "Company deals")), 201);

		JsonNode viewerList = ReportsClient.json(viewer.get("/api/v1/reports/list"), 200);
		JsonNode carlaList = ReportsClient.json(agent(3).get("/api/v1/reports/list"), 200);
		int viewerSaves = viewer.post("/api/v1/reports/definitions", DEALS_BY_AGENT.formatted("false")).statusCode();
		JsonNode preview = ReportsClient.json(viewer.post("/api/v1/reports/preview",
				DEALS_BY_AGENT.formatted("false")), 200);

		assertThat(viewerList.path("shared").findValues("id")).extracting(JsonNode::asLong)
			.contains(saved.path("id").asLong());
		assertThat(carlaList.path("shared").findValuesAsString("title")).contains("Company deals");
		assertThat(viewerSaves).isEqualTo(403);
		assertThat(preview.path("audience").asString()).isEqualTo("Whole brokerage");
		assertThat(preview.path("from").asString()).isEqualTo("2026-03-01");
		assertThat(preview.path("to").asString()).isEqualTo("2026-03-20");
		assertThat(preview.path("blocks").get(0).path("columns").findValuesAsString("key")).contains("deals_won",
				"revenue");
	}

	private ReportsClient manager() {
		return ReportsClient.as(this.context, this.port, Role.MANAGER, null, ReportsClient.TEAM);
	}

	private ReportsClient agent(long userId) {
		return ReportsClient.as(this.context, this.port, Role.AGENT, userId, null);
	}

}
