package io.keystonebi.etl.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Economic series (e.g. the 30-year mortgage rate by month) loaded through the import job, from the sample files
 * beside this class: {@code economic-indicators.csv} (mapping {@code test-economic}) and a FRED download,
 * {@code MORTGAGE30US.csv} (mapping {@code test-fred}).
 */
@SpringBootTest(classes = ImportTestApplication.class, properties = { "spring.batch.jdbc.initialize-schema=never",
		"spring.batch.job.enabled=false", "spring.flyway.locations=classpath:db/migration",
		"bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(ChangeRecorder.class)
class EconomicIndicatorsImportIntegrationTests {

	static final String HEADER = "series,month,value,unit,source\n";

	@Autowired
	ImportLauncher launcher;

	@Autowired
	Jdbi jdbi;

	@Autowired
	ChangeRecorder changes;

	@TempDir
	Path directory;

	WarehouseChecks checks;

	@BeforeEach
	void emptyWarehouse() {
		this.checks = this.jdbi.onDemand(WarehouseChecks.class);
		this.checks.reset();
		this.changes.clear();
	}

	@Test
	void aGoodFileLoadsEveryValueOnTheFirstDayOfItsMonth() throws IOException {
		ImportRunSummary summary = importSample("economic-indicators.csv", "test-economic");

		assertThat(summary.run().status()).isEqualTo("completed");
		assertThat(summary.run().target()).isEqualTo("economic_indicators");
		assertThat(summary.run().rowsRead()).isEqualTo(5);
		assertThat(summary.run().rowsLoaded()).isEqualTo(5);
		assertThat(summary.run().rowsQuarantined()).isZero();
		// 2024-01 and 2024-02-01 name their month; 2024-03-28 stands for March; an empty unit is a plain number.
		assertThat(this.checks.economicIndicators()).containsExactly(
				"30-year mortgage rate 2024-01-01 6.6425 percent FRED MORTGAGE30US",
				"30-year mortgage rate 2024-02-01 6.7760 percent FRED MORTGAGE30US",
				"30-year mortgage rate 2024-03-01 6.8200 percent FRED MORTGAGE30US",
				"Consumer price index 2024-01-01 308.4170 index BLS CPI-U",
				"Housing starts 2024-01-01 1376.0000 number -");
	}

	@Test
	void reimportingARevisedFigureReplacesItAndTheSameFileTwiceLeavesNoDuplicates() throws IOException {
		importSample("economic-indicators.csv", "test-economic");
		importSample("economic-indicators.csv", "test-economic");
		ImportRunSummary revision = importFile("revision.csv", HEADER
				+ "30-year mortgage rate,2024-02-15,6.78,percent,FRED MORTGAGE30US (revised)\n", "test-economic");

		assertThat(revision.run().rowsLoaded()).isEqualTo(1);
		assertThat(this.checks.count("economic_indicators")).isEqualTo(5);
		assertThat(this.checks.economicIndicators()).containsExactly(
				"30-year mortgage rate 2024-01-01 6.6425 percent FRED MORTGAGE30US",
				"30-year mortgage rate 2024-02-01 6.7800 percent FRED MORTGAGE30US (revised)",
				"30-year mortgage rate 2024-03-01 6.8200 percent FRED MORTGAGE30US",
				"Consumer price index 2024-01-01 308.4170 index BLS CPI-U",
				"Housing starts 2024-01-01 1376.0000 number -");
	}

	@Test
	void badRowsAreQuarantinedWithLineColumnAndValueWhileTheRestLoads() throws IOException {
		String longName = "x".repeat(81);
		ImportRunSummary summary = importFile("indicators.csv", HEADER
				+ "30-year mortgage rate,2024-04,6.99,percent,FRED MORTGAGE30US\n"
				+ "30-year mortgage rate,2024-13,7.01,percent,\n"
				+ "30-year mortgage rate,April 2024,7.01,percent,\n"
				+ "30-year mortgage rate,2024-05,n/a,percent,\n"
				+ "30-year mortgage rate,2024-06,7.1,percentage,\n"
				+ longName + ",2024-04,1,,\n"
				+ ",2024-04,1,,\n"
				+ "Housing starts,2024-04,1321,,\n", "test-economic");

		assertThat(summary.run().status()).isEqualTo("completed");
		assertThat(summary.run().rowsRead()).isEqualTo(8);
		assertThat(summary.run().rowsLoaded()).isEqualTo(2);
		assertThat(summary.run().rowsQuarantined()).isEqualTo(6);
		assertThat(this.checks.economicIndicators()).containsExactly(
				"30-year mortgage rate 2024-04-01 6.9900 percent FRED MORTGAGE30US",
				"Housing starts 2024-04-01 1321.0000 number -");
		assertThat(this.checks.quarantine()).extracting(WarehouseChecks.Quarantined::lineNumber,
				WarehouseChecks.Quarantined::reason)
			.containsExactly(tuple(3L, "column 'month': not a month (yyyy-MM or yyyy-MM-dd): '2024-13'"),
					tuple(4L, "column 'month': not a month (yyyy-MM or yyyy-MM-dd): 'April 2024'"),
					tuple(5L, "column 'value': not a number: 'n/a'"),
					tuple(6L, "column 'unit': unknown value 'percentage' (expected one of index, money, number, percent)"),
					tuple(7L, "column 'series': name over 80 characters '" + longName + "'"),
					tuple(8L, "column 'series': missing required value"));
		assertThat(this.checks.quarantine().get(2).rawRow()).isEqualTo("30-year mortgage rate,2024-05,n/a,percent,");
	}

	@Test
	void aFredDownloadLoadsAsTheSeriesItsMappingNames() throws IOException {
		ImportRunSummary summary = importSample("MORTGAGE30US.csv", "test-fred");

		// FRED's weekly rates averaged by month: January (6.62 + 6.66 + 6.60 + 6.69) / 4, February
		// (6.63 + 6.64 + 6.77 + 6.90 + 6.94) / 5; FRED writes "." for a month without a figure.
		assertThat(this.checks.economicIndicators()).containsExactly(
				"30-year mortgage rate 2024-01-01 6.6425 percent FRED MORTGAGE30US",
				"30-year mortgage rate 2024-02-01 6.7760 percent FRED MORTGAGE30US");
		assertThat(summary.quarantineSample()).singleElement().satisfies((row) -> {
			assertThat(row.lineNumber()).isEqualTo(4);
			assertThat(row.reason()).isEqualTo("column 'MORTGAGE30US': missing required value");
		});
	}

	@Test
	void loadedFiguresReportAChangeOfTheImportsLocation() throws IOException {
		importSample("economic-indicators.csv", "test-economic");

		assertThat(this.changes.locations()).containsExactly(this.jdbi.onDemand(LocationsSql.class).ensure("test"));
	}

	private ImportRunSummary importSample(String name, String mapping) throws IOException {
		Path file = this.directory.resolve(name);
		try (InputStream sample = getClass().getResourceAsStream(name)) {
			Files.copy(sample, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return this.launcher.run(ImportRequest.of(file.toString(), mapping));
	}

	private ImportRunSummary importFile(String name, String content, String mapping) throws IOException {
		Path file = this.directory.resolve(name);
		Files.writeString(file, content);
		return this.launcher.run(ImportRequest.of(file.toString(), mapping));
	}

}
