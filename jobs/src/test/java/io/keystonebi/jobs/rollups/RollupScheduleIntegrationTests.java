package io.keystonebi.jobs.rollups;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.jobs.JobsConfiguration;
import io.keystonebi.reports.delivery.DeliveryConfiguration;
import io.keystonebi.reports.kpi.KpiConfiguration;
import io.keystonebi.reports.panels.PanelsConfiguration;
import io.keystonebi.reports.schedule.SchedulesConfiguration;
import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.test.Fixtures;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RollupScheduleIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	@Autowired
	Scheduler scheduler;

	@Autowired
	Jdbi jdbi;

	@Test
	void everyTriggerIsStoredInTheClusteredJdbcStore() throws Exception {
		assertThat(this.scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(this.scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		assertThat(lines("storedTriggers")).containsExactly("ghlFullSync CRON", "ghlIncrementalSync SIMPLE",
				"ghlWebhookDrain SIMPLE", "housekeeping CRON", "reportPlanning SIMPLE", "reportSending SIMPLE",
				"rollupRebuild CRON", "rollupRefresh SIMPLE");
	}

	@Test
	void theRefreshJobBringsTheSlicesUpToDateWithWhatWasWritten() throws Exception {
		Fixtures.newYorkFebruaryAndMarch(this.jdbi);
		this.scheduler.triggerJob(JobKey.jobKey("rollupRefresh", "rollups"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(lines("monthlyRevenue")).containsExactly("2026-02-01 100000",
					"2026-03-01 50000"));
	}

	@Test
	void theNightlyRebuildRunsAsARecordedBatchJob() throws Exception {
		this.scheduler.triggerJob(JobKey.jobKey("rollupRebuild", "rollups"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(lines("rebuildStatus")).containsExactly("COMPLETED"));
	}

	@Test
	void theNightlyHousekeepingPurgesAppliedDeliveriesPastTheirRetention() throws Exception {
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql("oldAppliedDelivery")).execute());
		assertThat(lines("inboxIds")).containsExactly("applied-long-ago");
		this.scheduler.triggerJob(JobKey.jobKey("housekeeping", "maintenance"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(lines("inboxIds")).isEmpty());
	}

	private List<String> lines(String name) {
		return this.jdbi.withHandle(handle -> handle.createQuery(sql(name)).mapTo(String.class).list());
	}

	private static String sql(String name) {
		return SQL.locate(RollupScheduleIntegrationTests.class, name);
	}

	// A whole jobs node: the report jobs' triggers fire at once, so their planner and sender must be there; the
	// mail relay is never contacted, since nothing is due.
	@SpringBootApplication
	@Import({ WarehouseConfiguration.class, JobsConfiguration.class, KpiConfiguration.class, PanelsConfiguration.class,
			SchedulesConfiguration.class, DeliveryConfiguration.class })
	static class TestApplication {

	}

}
