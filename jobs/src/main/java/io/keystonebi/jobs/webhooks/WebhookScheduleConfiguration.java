package io.keystonebi.jobs.webhooks;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.etl.EtlProperties;

/**
 * The webhook drain's Quartz job and trigger, every {@code bi.etl.ghl.webhooks.drain-interval}. The interval is
 * a webhook setting rather than a {@code bi.jobs} one because it bounds how stale webhook data can be.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "bi.jobs.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "bi.etl.ghl.webhooks.enabled", matchIfMissing = true)
public class WebhookScheduleConfiguration {

	@Bean
	JobDetail webhookDrainJobDetail() {
		return JobBuilder.newJob(WebhookDrainQuartzJob.class)
			.withIdentity("ghlWebhookDrain", "webhooks")
			.withDescription("Apply stored GHL webhook events to the warehouse")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger webhookDrainTrigger(JobDetail webhookDrainJobDetail, EtlProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(webhookDrainJobDetail)
			.withIdentity("ghlWebhookDrain", "webhooks")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.ghl().webhooks().drainInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
