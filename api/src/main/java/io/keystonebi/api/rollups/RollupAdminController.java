package io.keystonebi.api.rollups;

import java.util.Map;

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

	private final RollupRebuilds rebuilds;

	private final RollupRefresher refresher;

	RollupAdminController(RollupRebuilds rebuilds, RollupRefresher refresher) {
		this.rebuilds = rebuilds;
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
		RollupRunResult result = this.rebuilds.rebuild();
		HttpStatus status = "COMPLETED".equals(result.status()) ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR;
		return ResponseEntity.status(status).body(result);
	}

}
