package io.keystonebi.jobs.webhooks;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.etl.ghl.webhooks.WebhookDrain;

/**
 * Applies pending webhook events. On the clustered store a disallowed concurrent execution holds for the whole
 * cluster, so a slow drain is never overlapped by the next trigger; a drain on receipt already running on this
 * node makes the tick a no-op; the inbox claim's row locks are the last guard.
 */
@DisallowConcurrentExecution
class WebhookDrainQuartzJob extends QuartzJobBean {

	private final WebhookDrain drain;

	WebhookDrainQuartzJob(WebhookDrain drain) {
		this.drain = drain;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		try {
			this.drain.drainIfPendingAndIdle();
		}
		catch (Exception ex) {
			throw new JobExecutionException("Webhook drain could not run: " + ex.getMessage(), ex);
		}
	}

}
