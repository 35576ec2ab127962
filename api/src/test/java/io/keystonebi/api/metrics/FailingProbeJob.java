package io.keystonebi.api.metrics;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/** A job whose only step always fails, so a failed run can be made at will. */
@TestConfiguration(proxyBeanMethods = false)
class FailingProbeJob {

	static final String NAME = "failingProbe";

	@Bean
	Job failingProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new JobBuilder(NAME, jobRepository).start(new StepBuilder("failingProbeStep", jobRepository)
			.tasklet((contribution, chunk) -> {
				throw new IllegalStateException("The probe fails on purpose");
			}, transactionManager)
			.build()).build();
	}

}
