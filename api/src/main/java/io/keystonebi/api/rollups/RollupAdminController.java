package io.keystonebi.api.rollups;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.etl.rollups.RollupRefresher;

/**
 * Lets an admin bring the rollups up to date without waiting for the schedule: after fixing data by hand,
 * or when figures look stale. Admin-only (under {@code /api/v1/admin/}).
 */
@RestController
@RequestMapping("/api/v1/admin/rollups")
@Tag(name = "Rollups", description = "The precomputed daily and monthly figures (administrators).")
class RollupAdminController {

	private final RollupRebuilds rebuilds;

	private final RollupRefresher refresher;

	RollupAdminController(RollupRebuilds rebuilds, RollupRefresher refresher) {
		this.rebuilds = rebuilds;
		this.refresher = refresher;
	}

	/** Refreshes the slices of every day written since the last refresh. */
	@PostMapping("/refresh")
	@Operation(summary = "Refresh the rollups of changed days",
			description = "Recomputes the daily and monthly slices of every location-day written since the last "
					+ "refresh, as the schedule does, and says how many days that was.")
	Map<String, Integer> refresh() {
		return Map.of("days_refreshed", this.refresher.refreshTouchedDays());
	}

	/** Rebuilds every slice from the base tables, as the nightly job does, and says how it went. */
	@PostMapping("/rebuild")
	@Operation(summary = "Rebuild every rollup",
			description = "Recomputes every slice from the base tables, as the nightly job does, and waits for it. "
					+ "Use it after correcting data by hand.")
	@ApiResponse(responseCode = "200", description = "The rebuild completed.")
	@ApiResponse(responseCode = "500", description = "The rebuild failed; the body is the run, with the failure.")
	ResponseEntity<RollupRunResult> rebuild() throws Exception {
		RollupRunResult result = this.rebuilds.rebuild();
		HttpStatus status = "COMPLETED".equals(result.status()) ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR;
		return ResponseEntity.status(status).body(result);
	}

}
