package io.keystonebi.api.schedules;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.delivery.DeliveryLog;
import io.keystonebi.sql.schedules.DeliveryRow;

/** {@code /api/v1/reports/deliveries}: the log of every report e-mail, and "send again" (administrators). */
@RestController
@RequestMapping("/api/v1/reports/deliveries")
@Tag(name = "Report schedules", description = "Reports sent by e-mail on a recurrence.")
class DeliveriesController {

	private final DeliveryManagement deliveries;

	DeliveriesController(DeliveryManagement deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	@Operation(operationId = "listReportDeliveries", summary = "The delivery log",
			description = "Report e-mails, newest first, one per schedule, period and recipient, with their "
					+ "status, attempts, Message-ID and last error; filtered by schedule, status and period.")
	@ApiResponse(responseCode = "200", description = "One page of the log and the total.")
	@ApiResponse(responseCode = "400", description = "A filter or paging value is wrong; the problem names it.")
	DeliveryLog.DeliveryPage list(
			@Parameter(description = "Only this schedule's deliveries.", example = "1")
			@RequestParam(name = "schedule", required = false) Long schedule,
			@Parameter(description = "Only those in this status: pending, sending, retrying, sent, failed, "
					+ "skipped or unsubscribed.", example = "failed")
			@RequestParam(name = "status", required = false) String status,
			@Parameter(description = "Only those for the period starting this day.", example = "2026-03-01")
			@RequestParam(name = "period", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			LocalDate period,
			@Parameter(description = "The page, from 0.", example = "0")
			@RequestParam(name = "page", defaultValue = "0") int page,
			@Parameter(description = "Rows per page, 1 to 500.", example = "50")
			@RequestParam(name = "size", defaultValue = "50") int size) {
		return this.deliveries.page(schedule, status, period, page, size);
	}

	@PostMapping("/{id}/resend")
	@Operation(operationId = "resendReportDelivery", summary = "Send a report e-mail again",
			description = "Makes one delivery due at once, as a new message to its one recipient; its attempts "
					+ "are kept and its resend count goes up.")
	@ApiResponse(responseCode = "200", description = "The delivery, pending again.")
	@ApiResponse(responseCode = "404", description = "No delivery has that id.")
	@ApiResponse(responseCode = "409", description = "A sender is sending it right now.")
	DeliveryRow resend(@Parameter(description = "The delivery id.", example = "1") @PathVariable("id") long id,
			Caller caller) {
		return this.deliveries.resend(caller, id);
	}

}
