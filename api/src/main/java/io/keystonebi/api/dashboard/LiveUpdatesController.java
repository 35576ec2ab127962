package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.keystonebi.api.security.Caller;

/** {@code GET /api/v1/dashboard/events}: a stream that says when data changed, for pages to refresh themselves. */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class LiveUpdatesController {

	private final LiveUpdates updates;

	LiveUpdatesController(LiveUpdates updates) {
		this.updates = updates;
	}

	@GetMapping(path = "/api/v1/dashboard/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "getDashboardEvents", summary = "When the data changes",
			description = "Server-sent events: a 'hello' on connecting, then a 'changed' event a moment after each "
					+ "burst of changes to the warehouse (a sync, an import, webhooks), with its time and the "
					+ "locations it touched, and a comment now and then to keep the stream open. Events carry no "
					+ "figures: a page asks its endpoints again, which answer within the caller's scope.")
	@ApiResponse(responseCode = "200", description = "The stream.", content = @Content(
			mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string"),
			examples = @ExampleObject(value = "event:changed\ndata:{\"at\":\"2026-03-30T17:42:00Z\",\"locations\":[1]}\n\n")))
	SseEmitter events(Caller caller) {
		return this.updates.open();
	}

}
