package io.keystonebi.api.reports;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** No saved definition of that id is the caller's own or shared with them. */
final class ReportDefinitionNotFoundException extends ApiException {

	private static final long serialVersionUID = 1L;

	ReportDefinitionNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "Report definition not found",
				"No report definition with id " + id + " is yours or shared with you.");
	}

}
