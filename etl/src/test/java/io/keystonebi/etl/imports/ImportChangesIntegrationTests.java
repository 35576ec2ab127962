package io.keystonebi.etl.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.etl.changes.ChangeRecorder;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** What an import reports changed: the file's location when rows were loaded, nothing when none were. */
@SpringBootTest(classes = ImportTestApplication.class, properties = { "spring.batch.jdbc.initialize-schema=never",
		"spring.batch.job.enabled=false", "spring.flyway.locations=classpath:db/migration",
		"bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(ChangeRecorder.class)
class ImportChangesIntegrationTests {

	@Autowired
	ImportLauncher launcher;

	@Autowired
	Jdbi jdbi;

	@Autowired
	ChangeRecorder changes;

	@TempDir
	Path directory;

	@BeforeEach
	void emptyWarehouse() {
		this.jdbi.onDemand(WarehouseChecks.class).reset();
	}

	@Test
	void loadedRowsReportTheFilesLocation() throws IOException {
		this.changes.clear();

		importFile("agents.csv", ImportJobIntegrationTests.AGENTS, "test-agents");

		assertThat(this.changes.locations()).containsExactly(this.jdbi.onDemand(LocationsSql.class).ensure("test"));
	}

	@Test
	void aFileWhoseEveryRowIsQuarantinedReportsNothing() throws IOException {
		importFile("agents.csv", ImportJobIntegrationTests.AGENTS, "test-agents");
		importFile("deals.csv", "id,agent,stage,value,engaged,closed,updated\n"
				+ "D1,Ann Lee,Won,1000,2024-01-02,2024-02-03 15:30:00,2024-02-03 15:30:00\n", "test-deals");
		this.changes.clear();

		ImportRunSummary summary = importFile("bad-deals.csv", "id,agent,stage,value,engaged,closed,updated\n"
				+ "D8,Zed Unknown,Won,500,2024-01-08,2024-01-30,2024-01-30 00:00:00\n"
				+ "D9,Bob Ray,Negotiating,700,2024-01-09,,2024-01-09 00:00:00\n", "test-deals");

		assertThat(summary.run().rowsQuarantined()).isEqualTo(2);
		assertThat(this.changes.changes()).isEmpty();
	}

	private ImportRunSummary importFile(String name, String content, String mapping) throws IOException {
		Path file = this.directory.resolve(name);
		Files.writeString(file, content);
		return this.launcher.run(ImportRequest.of(file.toString(), mapping));
	}

}
