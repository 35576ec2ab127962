package io.keystonebi.api.reports;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** No report file of that id was made by the caller (files are never shown to anyone else). */
final class ReportFileNotFoundException extends ApiException {

	private static final long serialVersionUID = 1L;

	ReportFileNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, "Report file not found", "You made no report file with id " + id + ".");
	}

}
