package io.keystonebi.etl.rollups;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.changes.WarehouseChangesConfiguration;
import io.keystonebi.sql.rollups.RollupDao;

/**
 * The rollup refresher, a step that refreshes touched slices (appended to every loading job), and the
 * {@value #REBUILD_JOB} job that rebuilds everything (nightly, or on an admin's request).
 */
@Configuration(proxyBeanMethods = false)
@Import(WarehouseChangesConfiguration.class)
public class RollupConfiguration {

	/** Name of the full rebuild job. */
	public static final String REBUILD_JOB = "rollupRebuild";

	@Bean
	public RollupRefresher rollupRefresher(Jdbi jdbi, WarehouseChanges warehouseChanges) {
		return new RollupRefresher(jdbi.onDemand(RollupDao.class), warehouseChanges);
	}

	/** Refreshes the slices a load touched; add it as the last step of any job that writes the warehouse. */
	@Bean
	public Step rollupRefreshStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupRefresher refresher) {
		return new StepBuilder("rollupRefresh", jobRepository).tasklet((contribution, context) -> {
			contribution.incrementWriteCount(refresher.refreshTouchedDays());
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	@Bean
	public Job rollupRebuildJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupRefresher refresher) {
		Step rebuild = new StepBuilder("rollupRebuildAll", jobRepository).tasklet((contribution, context) -> {
			contribution.incrementWriteCount(refresher.rebuildAll());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new JobBuilder(REBUILD_JOB, jobRepository).start(rebuild).build();
	}

}
