package io.keystonebi.api.reports;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** Someone the definition was shared with tried to change or delete it: only its owner may. */
final class ReportDefinitionNotYoursException extends ApiException {

	private static final long serialVersionUID = 1L;

	ReportDefinitionNotYoursException(long id) {
		super(HttpStatus.FORBIDDEN, "Not your report definition",
				"Report definition " + id + " was shared with you; only its owner may change or delete it. Save a "
						+ "copy to change it.");
	}

}
