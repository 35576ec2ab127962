package io.keystonebi.api.mail;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** An outbox page asked for a message or attachment that is not there. */
final class NoSuchMessageException extends ApiException {

	NoSuchMessageException(String message) {
		super(HttpStatus.NOT_FOUND, "Not found", message);
	}

}
