package io.keystonebi.jobs.rollups;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.jobs.JobsProperties;

/** Quartz jobs and triggers for the rollups; Spring Boot registers them with the clustered scheduler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bi.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class RollupScheduleConfiguration {

	@Bean
	JobDetail rollupRefreshJobDetail() {
		return JobBuilder.newJob(RollupRefreshQuartzJob.class)
			.withIdentity("rollupRefresh", "rollups")
			.withDescription("Refresh rollup slices touched by any writer")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger rollupRefreshTrigger(JobDetail rollupRefreshJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(rollupRefreshJobDetail)
			.withIdentity("rollupRefresh", "rollups")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.rollupRefreshInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@Bean
	JobDetail rollupRebuildJobDetail() {
		return JobBuilder.newJob(RollupRebuildQuartzJob.class)
			.withIdentity("rollupRebuild", "rollups")
			.withDescription("Rebuild every rollup slice from the base tables")
			.storeDurably()
			.requestRecovery()
			.build();
	}

	@Bean
	Trigger rollupRebuildTrigger(JobDetail rollupRebuildJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(rollupRebuildJobDetail)
			.withIdentity("rollupRebuild", "rollups")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.rollupRebuildCron())
				.inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
