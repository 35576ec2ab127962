package io.keystonebi.jobs.reports;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.jobs.JobsProperties;

/**
 * Quartz jobs and triggers for scheduled reports: planning due schedules and sending due e-mails, each on its own
 * interval. A missed planning run needs no catch-up (the next run plans whatever is due), so misfires simply
 * wait for the next interval. Needs the planner and sender of {@code SchedulesConfiguration} and
 * {@code DeliveryConfiguration}, which the application imports whether or not this node runs jobs (its API
 * manages schedules and reads the delivery log either way).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bi.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class ReportScheduleConfiguration {

	@Bean
	JobDetail reportPlanningJobDetail() {
		return JobBuilder.newJob(ReportPlanningQuartzJob.class)
			.withIdentity("reportPlanning", "reports")
			.withDescription("Plan the e-mails of due report schedules")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger reportPlanningTrigger(JobDetail reportPlanningJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(reportPlanningJobDetail)
			.withIdentity("reportPlanning", "reports")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.reportPlanningInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@Bean
	JobDetail reportSendingJobDetail() {
		return JobBuilder.newJob(ReportSendingQuartzJob.class)
			.withIdentity("reportSending", "reports")
			.withDescription("Send the report e-mails that are due")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger reportSendingTrigger(JobDetail reportSendingJobDetail, JobsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(reportSendingJobDetail)
			.withIdentity("reportSending", "reports")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.reportSendingInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
