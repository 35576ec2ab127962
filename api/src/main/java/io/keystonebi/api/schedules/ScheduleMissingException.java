package io.keystonebi.api.schedules;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/**
 * A schedule or report definition the caller named does not exist or is not theirs to see; the two are answered
 * alike so that nobody learns what others have.
 */
final class ScheduleMissingException extends ApiException {

	private static final long serialVersionUID = 1L;

	private ScheduleMissingException(String title, String detail) {
		super(HttpStatus.NOT_FOUND, title, detail);
	}

	static ScheduleMissingException schedule(long id) {
		return new ScheduleMissingException("Schedule not found", "No report schedule you may see has id " + id + ".");
	}

	static ScheduleMissingException definition(long id) {
		return new ScheduleMissingException("Report definition not found",
				"No report definition you may see has id " + id + ".");
	}

	static ScheduleMissingException delivery(long id) {
		return new ScheduleMissingException("Delivery not found", "No report delivery has id " + id + ".");
	}

}
