package io.keystonebi.jobs.ghlsync;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.etl.ghl.sync.GhlSyncLauncher;
import io.keystonebi.etl.ghl.sync.SyncMode;

/**
 * Runs one kind of GHL sync for every connected location. Disallowing concurrent execution holds across the
 * cluster, so a slow full sync is never overlapped by the next trigger of the same kind. A failed location is
 * recorded in its sync status and restarted by the next trigger; it does not fail the others.
 */
@DisallowConcurrentExecution
class GhlSyncQuartzJob extends QuartzJobBean {

	/** The job data key naming the {@link SyncMode}. */
	static final String MODE = "mode";

	private final GhlSyncLauncher launcher;

	GhlSyncQuartzJob(GhlSyncLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.launcher.runAll(SyncMode.valueOf(context.getMergedJobDataMap().getString(MODE)));
	}

}
