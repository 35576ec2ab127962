package io.keystonebi.jobs.reports;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.reports.delivery.DeliverySender;

/**
 * Sends the report e-mails that are due. The trigger fires on one node at a time; the sender's claims keep
 * deliveries exactly-once even if senders on several nodes overlap.
 */
@DisallowConcurrentExecution
class ReportSendingQuartzJob extends QuartzJobBean {

	private final DeliverySender sender;

	ReportSendingQuartzJob(DeliverySender sender) {
		this.sender = sender;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.sender.sendAllDue();
	}

}
