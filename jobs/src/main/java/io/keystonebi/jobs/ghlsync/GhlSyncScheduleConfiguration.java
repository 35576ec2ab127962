package io.keystonebi.jobs.ghlsync;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.ghl.sync.GhlSyncConfiguration;
import io.keystonebi.etl.ghl.sync.SyncMode;
import io.keystonebi.jobs.JobsProperties;

/**
 * The GHL syncs' Quartz jobs and triggers: the full sync on {@code bi.jobs.ghl-full-sync-cron}, the incremental
 * sync every {@code bi.jobs.ghl-incremental-sync-interval}. With no connected location both do nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "bi.jobs.enabled", matchIfMissing = true)
@Import(GhlSyncConfiguration.class)
public class GhlSyncScheduleConfiguration {

	@Bean
	JobDetail ghlFullSyncJobDetail() {
		return detail(SyncMode.FULL, "Read every GHL object of each connected location; mark deleted what is gone");
	}

	@Bean
	JobDetail ghlIncrementalSyncJobDetail() {
		return detail(SyncMode.INCREMENTAL, "Read GHL objects changed since the last incremental sync");
	}

	@Bean
	Trigger ghlFullSyncTrigger(JobDetail ghlFullSyncJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(ghlFullSyncJobDetail)
			.withIdentity(SyncMode.FULL.jobName(), "ghl")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.ghlFullSyncCron())
				.inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@Bean
	Trigger ghlIncrementalSyncTrigger(JobDetail ghlIncrementalSyncJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(ghlIncrementalSyncJobDetail)
			.withIdentity(SyncMode.INCREMENTAL.jobName(), "ghl")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.ghlIncrementalSyncInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	private static JobDetail detail(SyncMode mode, String description) {
		return JobBuilder.newJob(GhlSyncQuartzJob.class)
			.withIdentity(mode.jobName(), "ghl")
			.withDescription(description)
			.usingJobData(GhlSyncQuartzJob.MODE, mode.name())
			.storeDurably()
			.build();
	}

}
