package io.keystonebi.jobs.housekeeping;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.etl.housekeeping.Housekeeping;
import io.keystonebi.jobs.JobsProperties;

/** The nightly purge of old job runs and applied webhook deliveries. */
@DisallowConcurrentExecution
class HousekeepingQuartzJob extends QuartzJobBean {

	private final Housekeeping housekeeping;

	private final JobsProperties properties;

	HousekeepingQuartzJob(Housekeeping housekeeping, JobsProperties properties) {
		this.housekeeping = housekeeping;
		this.properties = properties;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.housekeeping.purge(this.properties.jobHistoryRetention(), this.properties.webhookInboxRetention(),
				this.properties.expiredReportFileRetention());
	}

}
