package io.keystonebi.api.dashboard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/config/dashboard}: the caller's layout. Widgets left out of the list keep being shown, after
 * the listed ones, so a layout saved before a widget existed still shows it.
 *
 * @param widgets widgets in the order wanted, each at most once, with whether to show it
 * @param range the default range, or null for 30 days
 * @param compare the default comparison, or null for the previous period
 */
record DashboardLayoutRequest(@NotNull @Size(max = 20) List<@NotNull @Valid Widget> widgets,
		@Size(max = 20) String range, @Size(max = 20) String compare) {

	/**
	 * One widget's setting.
	 *
	 * @param id a widget id
	 * @param visible whether to show it
	 */
	record Widget(@NotBlank @Size(max = 40) String id, @NotNull Boolean visible) {
	}

}
