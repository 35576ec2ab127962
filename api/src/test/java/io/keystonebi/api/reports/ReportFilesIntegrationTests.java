package io.keystonebi.api.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
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
import io.keystonebi.etl.housekeeping.Housekeeping;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report files over HTTP against the dashboard fixture (today 2026-03-20 in Denver) with team East (Alice, Ben):
 * each file holds the maker's figures only, a viewer's none of the commission metrics, only the maker downloads it,
 * and every download is an audited export.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, ReportsClient.TEAM_FIXTURE }, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class ReportFilesIntegrationTests {

	private static final String MARCH = "\"range\": \"custom\", \"from\": \"2026-03-01\", \"to\": \"2026-03-20\"";

	private static final String REVENUE_KPI = "{\"definition\": {\"title\": \"March revenue\", " + MARCH
			+ ", \"blocks\": [{\"title\": \"Revenue\", \"metrics\": [\"revenue\"], \"view\": \"kpi\"}]}, "
			+ "\"format\": \"xlsx\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	@Autowired
	private Housekeeping housekeeping;

	@Test
	void aManagersWorkbookHoldsOnlyTheirTeamsRevenueAndAnExecutivesTheWholeBrokerages() throws IOException {
		BigDecimal team = currentRevenue(client(Role.MANAGER), REVENUE_KPI);
		BigDecimal brokerage = currentRevenue(client(Role.EXECUTIVE), REVENUE_KPI);

		// Alice's 100,000 (won at local midnight on 1 March) and 40,000 (16 March); Ben won nothing valued in March.
		assertThat(team).isEqualByComparingTo(revenue(ReportsClient.TEAM)).isEqualByComparingTo("140000");
		assertThat(brokerage).isEqualByComparingTo(revenue(null));
		assertThat(brokerage).isGreaterThan(team);
	}

	@Test
	void aViewersFilesAndCatalogueHaveNoCommissionMetric() {
		String body = "{\"definition\": {\"title\": \"By agent\", " + MARCH + ", \"blocks\": [{\"title\": "
				+ "\"Revenue and GCI\", \"metrics\": [\"revenue\", \"gci\"], \"dimension\": \"agent\", \"view\": "
				+ "\"table\"}]}, \"format\": \"csv\"}";

		List<String> viewer = metricsIn(download(client(Role.VIEWER), body));
		List<String> executive = metricsIn(download(client(Role.EXECUTIVE), body));
		JsonNode catalogue = ReportsClient.json(client(Role.VIEWER).get("/api/v1/reports/catalogue"), 200);

		assertThat(executive).contains("revenue", "gci");
		assertThat(viewer).contains("revenue").doesNotContain("gci", "agent_commission", "company_dollar");
		assertThat(catalogue.path("metrics").findValuesAsString("code")).contains("revenue")
			.doesNotContain("gci", "agent_commission", "company_dollar");
	}

	@Test
	void onlyTheAccountThatMadeAFileDownloadsItUntilItExpires() {
		ReportsClient executive = client(Role.EXECUTIVE);
		JsonNode file = ReportsClient.json(executive.post("/api/v1/reports/generate", REVENUE_KPI), 201);
		String download = file.path("download").asString();

		HttpResponse<byte[]> own = executive.get(download);
		HttpResponse<byte[]> other = client(Role.MANAGER).get(download);
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql("expire")).bind("id", file.path("id").asString())
			.execute());
		HttpResponse<byte[]> expired = executive.get(download);

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"March-revenue-2026-03-01-to-2026-03-20.xlsx\"");
		assertThat(own.headers().firstValue("Content-Type")).hasValue(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(client(Role.EXECUTIVE).get("/api/v1/reports/download/not-a-file").statusCode()).isEqualTo(404);

		// The nightly housekeeping deletes it once it has been expired longer than the retention (here: at once).
		assertThat(this.housekeeping.purge(Duration.ofDays(14), Duration.ofDays(30), Duration.ZERO).reportFiles())
			.isPositive();
		assertThat(executive.get(download).statusCode()).isEqualTo(404);
	}

	@Test
	void everyDownloadIsRecordedAsAnExportInTheMakersScope() throws InterruptedException {
		download(client(Role.MANAGER), REVENUE_KPI);
		HttpResponse<byte[]> summary = client(Role.VIEWER).get(
				"/api/v1/reports/summary.pdf?from=2026-03-01&to=2026-03-20&compare=previous");

		assertThat(summary.statusCode()).as(new String(summary.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(summary.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(summary.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		List<String> exports = awaitExports(2);
		assertThat(exports.get(exports.size() - 2)).matches("manager data.export reports team:1:[0-9a-f]+ xlsx");
		assertThat(exports.get(exports.size() - 1)).isEqualTo("viewer data.export reports all pdf");
	}

	@Test
	void aTemplateIsMadeForTheCallerAndListedWithTheirFiles() {
		ReportsClient agent = client(Role.AGENT);
		JsonNode file = ReportsClient.json(agent.post("/api/v1/reports/generate",
				"{\"template\": \"monthly_executive_pack\", \"format\": \"pdf\"}"), 201);
		JsonNode list = ReportsClient.json(agent.get("/api/v1/reports/list"), 200);
		HttpResponse<byte[]> unknown = agent.post("/api/v1/reports/generate",
				"{\"template\": \"weekly_gossip\", \"format\": \"pdf\"}");

		assertThat(file.path("size").asLong()).isPositive();
		assertThat(list.path("files").findValuesAsString("id")).contains(file.path("id").asString());
		assertThat(list.path("templates").findValuesAsString("code")).contains("monthly_executive_pack");
		assertThat(ReportsClient.json(unknown, 400).path("parameter").asString()).isEqualTo("template");
	}

	private ReportsClient client(Role role) {
		return switch (role) {
			case MANAGER -> ReportsClient.as(this.context, this.port, role, null, ReportsClient.TEAM);
			case AGENT -> ReportsClient.as(this.context, this.port, role, 1L, null);
			default -> ReportsClient.as(this.context, this.port, role, null, null);
		};
	}

	private static byte[] download(ReportsClient client, String body) {
		JsonNode file = ReportsClient.json(client.post("/api/v1/reports/generate", body), 201);
		HttpResponse<byte[]> response = client.get(file.path("download").asString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	// The first block's sheet: a header of column labels, then the current period's row and the previous one's.
	private static BigDecimal currentRevenue(ReportsClient client, String body) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(client, body)))) {
			// The summary sheet says how each figure is counted, as every format of a made report does.
			assertThat(summaryText(workbook.getSheetAt(0))).contains("How the figures are counted")
				.contains("Revenue: ");
			Sheet sheet = workbook.getSheetAt(1);
			Row header = sheet.getRow(0);
			int column = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if ("Revenue".equals(header.getCell(c).getStringCellValue())) {
					column = c;
				}
			}
			assertThat(column).as("the Revenue column").isNotNegative();
			return BigDecimal.valueOf(sheet.getRow(1).getCell(column).getNumericCellValue());
		}
	}

	private static String summaryText(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			row.forEach((cell) -> text.append(cell.toString()).append('\n'));
		}
		return text.toString();
	}

	// The long-form CSV's metric column (the fifth).
	private static List<String> metricsIn(byte[] csv) {
		return new String(csv, StandardCharsets.UTF_8).lines().skip(1)
			.map((line) -> line.split(",", -1)[4]).distinct().toList();
	}

	private BigDecimal revenue(Long teamId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("revenue")).bind("teamId", teamId)
			.bind("first", "2026-03-01").bind("last", "2026-03-20").mapTo(BigDecimal.class).one());
	}

	// The audit log is written in batches by a thread of its own.
	private List<String> awaitExports(int atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> exports = List.of();
		while (System.nanoTime() < deadline) {
			exports = this.jdbi.withHandle((handle) -> handle.createQuery(sql("exports")).mapTo(String.class).list());
			if (exports.size() >= atLeast && exports.get(exports.size() - 1).startsWith("viewer")) {
				break;
			}
			Thread.sleep(50);
		}
		return exports;
	}

	private static String sql(String name) {
		return ClasspathSqlLocator.create().locate(ReportsClient.class, name);
	}

}
