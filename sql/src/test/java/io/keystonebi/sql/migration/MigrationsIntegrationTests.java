package io.keystonebi.sql.migration;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.test.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIntegrationTests {

	@Test
	void everyMigrationAppliesToAnEmptyDatabaseAndCreatesTheFrameworkTables() {
		String url = TestDatabases.createDatabase();
		MigrateResult result = Flyway.configure().dataSource(url, null, null).load().migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(4);
		Jdbi jdbi = Jdbi.create(url);
		String tableNames = ClasspathSqlLocator.create().locate(MigrationsIntegrationTests.class, "table_names");
		List<String> tables = jdbi.withHandle(h -> h.createQuery(tableNames).mapTo(String.class).list());
		assertThat(tables).contains("contacts", "opportunities", "opportunity_stage_history", "messages", "market_sales",
					"import_quarantine", "rollup_daily", "batch_job_execution", "qrtz_triggers", "qrtz_locks",
					"ghl_connections");
	}

}
