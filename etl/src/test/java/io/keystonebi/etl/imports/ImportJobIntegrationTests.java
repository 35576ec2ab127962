package io.keystonebi.etl.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.keystonebi.sql.imports.QuarantinedRow;

@SpringBootTest(classes = ImportTestApplication.class, properties = { "spring.batch.jdbc.initialize-schema=never",
		"spring.batch.job.enabled=false", "spring.flyway.locations=classpath:db/migration",
		"bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ImportJobIntegrationTests {

	static final String AGENTS = """
			agent,manager,office
			Ann Lee,Mia Boss,North
			Bob Ray,Mia Boss,North
			""";

	static final String DEALS = """
			id,agent,stage,value,engaged,closed,updated
			D1,Ann Lee,Won,1000,2024-01-02,2024-02-03 15:30:00,2024-02-03 15:30:00
			D2,Bob Ray,Lost,,2024-01-05,2024-01-20,2024-01-20 09:00:00
			D3,Ann Lee,Engaging,12x,2024-01-07,,2024-01-07 00:00:00
			D4,Zed Unknown,Won,500,2024-01-08,2024-01-30,2024-01-30 00:00:00
			D5,Bob Ray,Negotiating,700,2024-01-09,,2024-01-09 00:00:00
			D6,,Won,900,2024-01-10,2024-01-11,2024-01-11 00:00:00
			D7,Bob Ray,Engaging,250.5,2024-13-01,,2024-01-12 00:00:00
			""";

	@Autowired
	ImportLauncher launcher;

	@Autowired
	Jdbi jdbi;

	@TempDir
	Path directory;

	WarehouseChecks checks;

	@BeforeEach
	void emptyWarehouse() {
		this.checks = this.jdbi.onDemand(WarehouseChecks.class);
		this.checks.reset();
	}

	Path file(String name, String content) throws IOException {
		Path file = this.directory.resolve(name);
		Files.writeString(file, content);
		return file;
	}

	ImportRunSummary importFile(String name, String content, String mapping) throws IOException {
		return this.launcher.run(ImportRequest.of(file(name, content).toString(), mapping));
	}

	@Test
	void agentsBecomeUsersInTeamsNamedAfterTheirManager() throws IOException {
		ImportRunSummary summary = importFile("agents.csv", AGENTS, "test-agents");

		assertThat(summary.run().status()).isEqualTo("completed");
		assertThat(this.checks.teams()).containsExactly("Mia Boss led by Mia Boss (false) in North: Ann Lee, Bob Ray");
		assertThat(this.checks.count("users")).isEqualTo(3);
	}

	@Test
	void badRowsAreQuarantinedWithLineColumnAndValueWhileTheRestLoads() throws IOException {
		importFile("agents.csv", AGENTS, "test-agents");
		ImportRunSummary summary = importFile("deals.csv", DEALS, "test-deals");

		assertThat(summary.run().status()).isEqualTo("completed");
		assertThat(summary.run().rowsRead()).isEqualTo(7);
		assertThat(summary.run().rowsLoaded()).isEqualTo(2);
		assertThat(summary.run().rowsQuarantined()).isEqualTo(5);
		assertThat(this.checks.opportunities()).containsExactly(
				new WarehouseChecks.Opportunity("D1", "won", new BigDecimal("1000.00"), "Ann Lee", "Won",
						"2024-02-03 15:30", null, 2),
				new WarehouseChecks.Opportunity("D2", "lost", null, "Bob Ray", "Lost", null, "2024-01-20 00:00", 2));
		assertThat(this.checks.quarantine()).extracting(WarehouseChecks.Quarantined::lineNumber,
				WarehouseChecks.Quarantined::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "column 'value': not a number: '12x'"),
					org.assertj.core.groups.Tuple.tuple(5L, "column 'agent': unknown agent 'Zed Unknown'"),
					org.assertj.core.groups.Tuple.tuple(6L,
							"column 'stage': unknown value 'Negotiating' (expected one of Engaging, Lost, Won)"),
					org.assertj.core.groups.Tuple.tuple(7L, "column 'agent': missing required value"),
					org.assertj.core.groups.Tuple.tuple(8L,
							"column 'engaged': not a date and time (yyyy-MM-dd[ HH:mm:ss]): '2024-13-01'"));
		assertThat(this.checks.quarantine().get(0).rawRow())
			.isEqualTo("D3,Ann Lee,Engaging,12x,2024-01-07,,2024-01-07 00:00:00");
		assertThat(this.checks.quarantine().get(0).fileName()).isEqualTo("deals.csv");
	}

	@Test
	void importingTheSameFileTwiceLeavesNoDuplicates() throws IOException {
		importFile("agents.csv", AGENTS, "test-agents");
		importFile("agents.csv", AGENTS, "test-agents");
		importFile("deals.csv", DEALS, "test-deals");
		importFile("deals.csv", DEALS, "test-deals");

		assertThat(this.checks.count("users")).isEqualTo(3);
		assertThat(this.checks.count("teams")).isEqualTo(1);
		assertThat(this.checks.count("opportunities")).isEqualTo(2);
		assertThat(this.checks.count("opportunity_stage_history")).isEqualTo(4);
		assertThat(this.checks.count("opportunity_status_history")).isEqualTo(2);
		assertThat(this.checks.count("pipeline_stages")).isEqualTo(3);
	}

	@Test
	void anOlderVersionOfARowDoesNotOverwriteANewerOne() throws IOException {
		importFile("agents.csv", AGENTS, "test-agents");
		importFile("deals.csv", DEALS, "test-deals");
		importFile("deals-update.csv", """
				id,agent,stage,value,engaged,closed,updated
				D1,Ann Lee,Won,5,2024-01-02,2024-02-03,2024-02-01 00:00:00
				D2,Bob Ray,Won,2000,2024-01-05,2024-01-25,2024-01-25 00:00:00
				""", "test-deals");

		assertThat(this.checks.opportunities()).extracting(WarehouseChecks.Opportunity::sourceId,
				WarehouseChecks.Opportunity::status, WarehouseChecks.Opportunity::monetaryValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("D1", "won", new BigDecimal("1000.00")),
					org.assertj.core.groups.Tuple.tuple("D2", "won", new BigDecimal("2000.00")));
	}

	@Test
	void aMappedColumnMissingFromTheFileStopsTheImportBeforeAnythingIsLoaded() throws IOException {
		importFile("agents.csv", AGENTS, "test-agents");
		ImportRunSummary summary = importFile("deals.csv", DEALS.replace("value,", "amount,"), "test-deals");

		assertThat(summary.run().status()).isEqualTo("failed");
		assertThat(summary.run().message()).isEqualTo("Column 'value' of mapping test-deals is not in file deals.csv "
				+ "(its columns: id, agent, stage, amount, engaged, closed, updated)");
		assertThat(summary.run().rowsRead()).isZero();
		assertThat(this.checks.count("opportunities")).isZero();
		assertThat(this.checks.count("pipelines")).isZero();
		assertThat(this.checks.count("import_quarantine")).isZero();
	}

	@Test
	void anUnknownMappingFailsBeforeARunIsRecorded() {
		assertThatThrownBy(() -> this.launcher.run(ImportRequest.of("x.csv", "no-such-mapping")))
			.isInstanceOf(MappingNotFoundException.class)
			.hasMessageContaining("'no-such-mapping'");
		assertThat(this.checks.count("import_runs")).isZero();
	}

	@Test
	void anXlsxWorkbookLoadsLikeACsvFile() throws IOException {
		Path workbook = this.directory.resolve("sales.xlsx");
		XlsxFiles.write(workbook, new Object[][] { { "id", "date", "price", "zipcode", "yr_renovated" },
				{ "7129300520", "20141013T000000", 221900, "98178", 0 },
				{ "6414100192", "20141209T000000", 538000.5, "98125", 1991 },
				{ "5631500400", "20150225T000000", "cheap", "98028", 0 } });

		ImportRunSummary summary = this.launcher.run(ImportRequest.of(workbook.toString(), "test-market"));

		assertThat(summary.run().rowsLoaded()).isEqualTo(2);
		assertThat(this.checks.marketSales()).containsExactly("6414100192@2014-12-09=538000.50/1991",
				"7129300520@2014-10-13=221900.00");
		assertThat(summary.quarantineSample()).singleElement()
			.satisfies((row) -> assertThat(row.reason()).isEqualTo("column 'price': not a number: 'cheap'"))
			.satisfies((row) -> assertThat(row.lineNumber()).isEqualTo(4));
	}


	@Test
	void agentTargetsAndLeadSourceCostsLoadByMonth() throws IOException {
		importFile("agents.csv", AGENTS, "test-agents");
		ImportRunSummary targets = importFile("targets.csv", """
				agent,month,target
				Ann Lee,15/03/2025,50000
				Ann Lee,01/04/2025,55000.5
				Bob Ray,01/03/2025,-1
				Zoe Nobody,01/03/2025,100
				""", "test-targets");
		ImportRunSummary costs = importFile("costs.csv", """
				channel,month,spend
				google,2025-03-01,1200
				google,2025-03-20,1300
				facebook,2025-03-01,
				""", "test-costs");

		assertThat(this.checks.agentTargets()).containsExactly("Ann Lee 2025-03-01 50000.00",
				"Ann Lee 2025-04-01 55000.50");
		assertThat(targets.quarantineSample()).extracting(QuarantinedRow::reason)
			.containsExactly("column 'target': must not be negative: '-1'",
					"column 'agent': unknown agent 'Zoe Nobody'");
		// Two rows of the same source and month in one file: the later line wins.
		assertThat(this.checks.leadSourceCosts()).containsExactly("google 2025-03-01 1300.00");
		assertThat(costs.quarantineSample()).extracting(QuarantinedRow::reason)
			.containsExactly("column 'spend': missing required value");
	}

}
