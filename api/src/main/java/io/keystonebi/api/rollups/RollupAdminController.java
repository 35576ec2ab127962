package io.keystonebi.api.rollups;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.etl.rollups.RollupRefresher;

/**
 * Lets an admin bring the rollups up to date without waiting for the schedule: after fixing data by hand,
 * or when figures look stale. Admin-only once authentication is in place.
 */
@RestController
@RequestMapping("/api/v1/admin/rollups")
class RollupAdminController {

	private final JobOperator jobOperator;

	private final Job rebuildJob;

	private final RollupRefresher refresher;

	RollupAdminController(JobOperator jobOperator, @Qualifier("rollupRebuildJob") Job rebuildJob,
			RollupRefresher refresher) {
		this.jobOperator = jobOperator;
		this.rebuildJob = rebuildJob;
		this.refresher = refresher;
	}

	/** Refreshes the slices of every day written since the last refresh. */
	@PostMapping("/refresh")
	Map<String, Integer> refresh() {
		return Map.of("days_refreshed", this.refresher.refreshTouchedDays());
	}

	/** Rebuilds every slice from the base tables, as the nightly job does, and says how it went. */
	@PostMapping("/rebuild")
	ResponseEntity<RollupRunResult> rebuild() throws Exception {
		JobExecution execution = this.jobOperator.start(this.rebuildJob,
				new JobParametersBuilder().addLong("requestedAt", System.currentTimeMillis()).toJobParameters());
		long days = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map(Throwable::getMessage)
			.collect(Collectors.joining("; "));
		RollupRunResult result = new RollupRunResult(execution.getId(), execution.getStatus().name(), days,
				execution.getStartTime(), execution.getEndTime(), failure.isEmpty() ? null : failure);
		HttpStatus status = execution.getStatus().isUnsuccessful() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.OK;
		return ResponseEntity.status(status).body(result);
	}

}
