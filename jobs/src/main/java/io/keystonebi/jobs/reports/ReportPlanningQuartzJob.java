package io.keystonebi.jobs.reports;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.keystonebi.reports.schedule.SchedulePlanner;

/** Plans the e-mails of every report schedule that is due. */
@DisallowConcurrentExecution
class ReportPlanningQuartzJob extends QuartzJobBean {

	private final SchedulePlanner planner;

	ReportPlanningQuartzJob(SchedulePlanner planner) {
		this.planner = planner;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.planner.planDue();
	}

}
