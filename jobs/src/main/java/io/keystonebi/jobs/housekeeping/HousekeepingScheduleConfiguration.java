package io.keystonebi.jobs.housekeeping;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.jobs.JobsProperties;

/** The housekeeping's Quartz job, nightly at {@code bi.jobs.housekeeping-cron}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "bi.jobs.enabled", matchIfMissing = true)
public class HousekeepingScheduleConfiguration {

	@Bean
	JobDetail housekeepingJobDetail() {
		return JobBuilder.newJob(HousekeepingQuartzJob.class)
			.withIdentity("housekeeping", "maintenance")
			.withDescription("Purge old runs of frequent jobs and applied webhook deliveries")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger housekeepingTrigger(JobDetail housekeepingJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(housekeepingJobDetail)
			.withIdentity("housekeeping", "maintenance")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.housekeepingCron())
				.inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
