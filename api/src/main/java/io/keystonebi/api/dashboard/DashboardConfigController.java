package io.keystonebi.api.dashboard;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;

/**
 * {@code GET/PUT /api/v1/config/dashboard}: the caller's own dashboard layout, for every role. Only ever the
 * caller's: the account comes from the sign-in, never from the request.
 */
@RestController
class DashboardConfigController {

	private final DashboardLayouts layouts;

	DashboardConfigController(DashboardLayouts layouts) {
		this.layouts = layouts;
	}

	@GetMapping("/api/v1/config/dashboard")
	DashboardLayout layout(Caller caller) {
		return this.layouts.of(caller.accountId());
	}

	@PutMapping("/api/v1/config/dashboard")
	DashboardLayout save(@Valid @RequestBody DashboardLayoutRequest request, Caller caller) {
		return this.layouts.save(caller.accountId(), request);
	}

}
