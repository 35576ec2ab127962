package io.keystonebi.api.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sync/status}: how far the warehouse is behind GHL, per location. */
@RestController
@Tag(name = "Sync", description = "How current the warehouse is.")
class SyncStatusController {

	private final SyncStatusService service;

	SyncStatusController(SyncStatusService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/sync/status")
	@Operation(summary = "How far the warehouse is behind GHL",
			description = "Per GHL location: whether it is connected, the time up to which every change made in "
					+ "GHL is in the warehouse, the lag behind GHL, the last syncs and webhook events, the inbox "
					+ "backlog and failed deliveries; overall, the worst of them. A location is stale when it lags by "
					+ "more than bi.etl.ghl.sync.stale-after.")
	SyncStatusResponse status() {
		return SyncStatusResponse.of(this.service.report());
	}

}
