package io.keystonebi.jobs.rollups;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.etl.rollups.RollupRefresher;

/** Refreshes the rollup slices any writer touched since the last refresh. */
@DisallowConcurrentExecution
class RollupRefreshQuartzJob extends QuartzJobBean {

	private final RollupRefresher refresher;

	RollupRefreshQuartzJob(RollupRefresher refresher) {
		this.refresher = refresher;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.refresher.refreshTouchedDays();
	}

}
