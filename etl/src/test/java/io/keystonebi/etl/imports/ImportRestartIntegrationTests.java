package io.keystonebi.etl.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ImportTestApplication.class, properties = { "spring.batch.jdbc.initialize-schema=never",
		"spring.batch.job.enabled=false", "spring.flyway.locations=classpath:db/migration",
		"bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/", "bi.etl.import-chunk-size=2" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ImportRestartIntegrationTests {

	@Autowired
	ImportLauncher launcher;

	@Autowired
	Jdbi jdbi;

	@TempDir
	Path directory;

	@Test
	void aFailedImportRestartedResumesAfterItsLastCommittedChunk() throws Exception {
		FailureSwitch failure = this.jdbi.onDemand(FailureSwitch.class);
		failure.install();
		failure.arm();
		Path file = this.directory.resolve("sales.csv");
		// Chunks of two rows: (S1, bad), (S3, S4), (S5, S6) - the third fails while the switch is armed.
		Files.writeString(file, """
				id,date,price,zipcode,yr_renovated
				S1,20140101T000000,100,98001,0
				S2,20140102T000000,lots,98002,0
				S3,20140103T000000,300,98003,1990
				S4,20140104T000000,400,98004,0
				S5,20140105T000000,500,98005,0
				S6,20140106T000000,600,98006,2001
				S7,20140107T000000,700,98007,0
				""");

		ImportRunSummary failed = this.launcher.run(ImportRequest.of(file.toString(), "test-market"));

		assertThat(failed.run().status()).isEqualTo("failed");
		assertThat(failed.run().message()).contains("test failure while writing S5");
		assertThat(failed.run().rowsRead()).isEqualTo(4);
		WarehouseChecks checks = this.jdbi.onDemand(WarehouseChecks.class);
		assertThat(checks.marketSales()).containsExactly("S1@2014-01-01=100.00", "S3@2014-01-03=300.00/1990",
				"S4@2014-01-04=400.00");

		failure.disarm();
		ImportRunSummary restarted = this.launcher.restart(failed.run().id());

		assertThat(restarted.run().status()).isEqualTo("completed");
		// Had the restart begun again from the first row, the run would count 4 + 7 rows read.
		assertThat(restarted.run().rowsRead()).isEqualTo(7);
		assertThat(restarted.run().rowsLoaded()).isEqualTo(6);
		assertThat(restarted.run().rowsQuarantined()).isEqualTo(1);
		assertThat(checks.marketSales()).containsExactly("S1@2014-01-01=100.00", "S3@2014-01-03=300.00/1990",
				"S4@2014-01-04=400.00", "S5@2014-01-05=500.00", "S6@2014-01-06=600.00/2001", "S7@2014-01-07=700.00");
		assertThat(checks.quarantine()).singleElement()
			.satisfies((row) -> assertThat(row.lineNumber()).isEqualTo(3))
			.satisfies((row) -> assertThat(row.reason()).isEqualTo("column 'price': not a number: 'lots'"));
	}

	@Test
	void aCompletedImportCannotBeRestarted() throws Exception {
		Path file = this.directory.resolve("one.csv");
		Files.writeString(file, "id,date,price,zipcode,yr_renovated\nX1,20140101T000000,100,98001,0\n");
		ImportRunSummary done = this.launcher.run(ImportRequest.of(file.toString(), "test-market"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.launcher.restart(done.run().id()))
			.isInstanceOf(ImportNotRestartableException.class)
			.hasMessage("Import run " + done.run().id() + " cannot be restarted: it is completed");
	}

}
