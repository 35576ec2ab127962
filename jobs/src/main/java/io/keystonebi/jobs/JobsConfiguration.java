package io.keystonebi.jobs;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.ghl.webhooks.GhlWebhookConfiguration;
import io.keystonebi.etl.housekeeping.HousekeepingConfiguration;
import io.keystonebi.etl.rollups.RollupConfiguration;
import io.keystonebi.jobs.ghlsync.GhlSyncScheduleConfiguration;
import io.keystonebi.jobs.housekeeping.HousekeepingScheduleConfiguration;
import io.keystonebi.jobs.reports.ReportScheduleConfiguration;
import io.keystonebi.jobs.rollups.RollupScheduleConfiguration;
import io.keystonebi.jobs.webhooks.WebhookScheduleConfiguration;

/** Everything the scheduler runs, with the batch jobs it triggers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
@Import({ RollupConfiguration.class, RollupScheduleConfiguration.class, GhlWebhookConfiguration.class,
		WebhookScheduleConfiguration.class, GhlSyncScheduleConfiguration.class,
		HousekeepingScheduleConfiguration.class, HousekeepingConfiguration.class, ReportScheduleConfiguration.class })
public class JobsConfiguration {

	@Bean
	static BeanFactoryPostProcessor schedulerShutdownOrder() {
		return new SchedulerShutdownOrder();
	}

}
