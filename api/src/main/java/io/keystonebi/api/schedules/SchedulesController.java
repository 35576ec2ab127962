package io.keystonebi.api.schedules;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;

/**
 * {@code /api/v1/reports/schedule(s)}: scheduled report e-mails. Administrators manage every schedule and send to
 * anyone; executives, managers and agents schedule reports to themselves; viewers only list (nothing).
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Report schedules", description = "Reports sent by e-mail on a recurrence.")
class SchedulesController {

	private static final String ID = "The schedule id.";

	private final ScheduleManagement schedules;

	SchedulesController(ScheduleManagement schedules) {
		this.schedules = schedules;
	}

	@PostMapping("/schedule")
	@Operation(operationId = "createReportSchedule", summary = "Schedule a report",
			description = "Creates a schedule sending a report by e-mail: a saved definition the caller may see "
					+ "(definition_id), a built-in template (template) or a whole definition (definition), the last "
					+ "two saved as a new definition of the caller's. Administrators choose any recipients; other "
					+ "roles schedule to themselves alone (one account recipient: their own, which needs an "
					+ "e-mail address). A bad value is refused naming its field.")
	@ApiResponse(responseCode = "201", description = "Created: the schedule with its next run.")
	@ApiResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it.")
	@ApiResponse(responseCode = "404", description = "No report definition the caller may see has that id.")
	ResponseEntity<ScheduleResponse> create(@RequestBody ScheduleBody body, Caller caller) {
		ScheduleResponse created = ScheduleResponse.of(this.schedules.create(caller, body));
		return ResponseEntity.created(URI.create("/api/v1/reports/schedules/" + created.id())).body(created);
	}

	@GetMapping("/schedules")
	@Operation(operationId = "listReportSchedules", summary = "Report schedules",
			description = "Every schedule for an administrator; the caller's own for anyone else. Each with its "
					+ "recurrence in words, its next run and how many recipients it has.")
	List<ScheduleResponse> list(Caller caller) {
		return this.schedules.list(caller).stream().map(ScheduleResponse::of).toList();
	}

	@GetMapping("/schedules/{id}")
	@Operation(operationId = "getReportSchedule", summary = "One report schedule",
			description = "The schedule with its recipients and its last deliveries; its owner or an "
					+ "administrator only.")
	@ApiResponse(responseCode = "200", description = "The schedule.")
	@ApiResponse(responseCode = "404", description = "No schedule the caller may see has that id.")
	ScheduleResponse get(@Parameter(description = ID, example = "1") @PathVariable("id") long id, Caller caller) {
		return ScheduleResponse.of(this.schedules.get(caller, id));
	}

	@PutMapping("/schedules/{id}")
	@Operation(operationId = "updateReportSchedule", summary = "Change a report schedule",
			description = "Replaces the schedule's settings and recipients, every field given as for a new one; "
					+ "it stays paused or running, and recipients it still names keep their unsubscribes.")
	@ApiResponse(responseCode = "200", description = "Changed: the schedule as it is now.")
	@ApiResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it.")
	@ApiResponse(responseCode = "404", description = "No schedule the caller may see has that id.")
	ScheduleResponse update(@Parameter(description = ID, example = "1") @PathVariable("id") long id,
			@RequestBody ScheduleBody body, Caller caller) {
		return ScheduleResponse.of(this.schedules.update(caller, id, body));
	}

	@DeleteMapping("/schedules/{id}")
	@Operation(operationId = "deleteReportSchedule", summary = "Delete a report schedule",
			description = "Deletes the schedule, its recipients and its delivery log.")
	@ApiResponse(responseCode = "204", description = "Deleted.", content = @Content)
	@ApiResponse(responseCode = "404", description = "No schedule the caller may see has that id.")
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "1") @PathVariable("id") long id,
			Caller caller) {
		this.schedules.delete(caller, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/schedules/{id}/pause")
	@Operation(operationId = "pauseReportSchedule", summary = "Pause a report schedule",
			description = "Stops the schedule from running until it is resumed.")
	@ApiResponse(responseCode = "200", description = "Paused: the schedule as it is now.")
	@ApiResponse(responseCode = "404", description = "No schedule the caller may see has that id.")
	ScheduleResponse pause(@Parameter(description = ID, example = "1") @PathVariable("id") long id, Caller caller) {
		return ScheduleResponse.of(this.schedules.pause(caller, id));
	}

	@PostMapping("/schedules/{id}/resume")
	@Operation(operationId = "resumeReportSchedule", summary = "Resume a report schedule",
			description = "Lets a paused schedule run again from its next time after now; runs missed while "
					+ "paused are not sent.")
	@ApiResponse(responseCode = "200", description = "Running: the schedule as it is now, with its next run.")
	@ApiResponse(responseCode = "404", description = "No schedule the caller may see has that id.")
	ScheduleResponse resume(@Parameter(description = ID, example = "1") @PathVariable("id") long id, Caller caller) {
		return ScheduleResponse.of(this.schedules.resume(caller, id));
	}

}
