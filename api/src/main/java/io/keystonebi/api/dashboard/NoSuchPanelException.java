package io.keystonebi.api.dashboard;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A dashboard page or chart was asked for by a name that has none. */
final class NoSuchPanelException extends ApiException {

	NoSuchPanelException(String detail) {
		super(HttpStatus.NOT_FOUND, "Not found", detail);
	}

}
