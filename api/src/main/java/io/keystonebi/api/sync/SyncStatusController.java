package io.keystonebi.api.sync;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sync/status}: how far the warehouse is behind GHL, per location. */
@RestController
class SyncStatusController {

	private final SyncStatusService service;

	SyncStatusController(SyncStatusService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/sync/status")
	SyncStatusResponse status() {
		return SyncStatusResponse.of(this.service.report());
	}

}
