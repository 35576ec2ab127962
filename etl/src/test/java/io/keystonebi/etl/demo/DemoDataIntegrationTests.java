package io.keystonebi.etl.demo;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = DemoDataIntegrationTests.DemoApplication.class,
		properties = { "spring.batch.jdbc.initialize-schema=never", "spring.batch.job.enabled=false",
				"spring.flyway.locations=classpath:db/migration" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

	@Autowired
	Jdbi jdbi;

	@Autowired
	DemoDataLoader loader;

	@Test
	void theDemoProfileLoadsTheWholeDataSetOnFirstStart() {
		DemoChecks.Counts counts = this.jdbi.onDemand(DemoChecks.class).counts();

		// Figures from the data sets' own descriptions: 8,800 deals by 30 of 35 agents, 8,000 leads, 842 closed.
		assertThat(counts).isEqualTo(new DemoChecks.Counts(35, 30, 8800, 8000, 842, 21613, 0, 6));
	}

	@Test
	void theBulkLoadLeavesThePlannerStatisticsOfTheTablesItFilledFresh() {
		assertThat(this.jdbi.onDemand(DemoChecks.class).unanalyzedTables()).isEmpty();
	}

	@Test
	void productsSpelledDifferentlyInThePipelineAreMatchedByTheMapping() {
		// 1,480 pipeline rows say "GTXPro" (counted with grep in the source file).
		assertThat(this.jdbi.onDemand(DemoChecks.class).wonGtxPro()).isEqualTo(1480);
	}

	@Test
	void openDealsWithoutACloseValueAreValuedAtTheirProductsListPrice() {
		// Worked out from the CSV files: 2,089 Prospecting/Engaging rows, each at its product's sales_price.
		assertThat(this.jdbi.onDemand(DemoChecks.class).openSalesPipeline()).isEqualTo("2089 open deals worth 4966215");
	}

	@Test
	void eachDataSetsNewestRecordFallsOnTodayInTheLocationsTimeZone() {
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));

		assertThat(this.jdbi.onDemand(DemoChecks.class).newestDays())
			.isEqualTo(new DemoChecks.NewestDays(today, today, today));
	}

	@Test
	void everyImportLeavesTheRollupsAgreeingWithTheBaseTables() {
		DemoChecks.RollupAgreement agreement = this.jdbi.onDemand(DemoChecks.class).rollupAgreement();

		assertThat(agreement.baseRevenue()).isPositive();
		assertThat(agreement.rollupRevenue()).isEqualByComparingTo(agreement.baseRevenue());
		assertThat(agreement.rollupAgentRevenue()).isEqualByComparingTo(agreement.baseRevenue());
		assertThat(agreement.rollupLeads()).isEqualTo(agreement.baseLeads()).isEqualTo(8000);
		assertThat(agreement.dirtyDays()).isZero();
	}

	@Test
	void aSecondStartFindsTheDemoLocationAndImportsNothing() throws Exception {
		this.loader.afterSingletonsInstantiated();

		assertThat(this.jdbi.onDemand(DemoChecks.class).counts().deals()).isEqualTo(8800);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ WarehouseConfiguration.class, DemoConfiguration.class })
	static class DemoApplication {

	}

}
