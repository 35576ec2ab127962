package io.keystonebi.api.security;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A sign-in or token exchange that did not succeed; the message never says which part was wrong. */
final class AuthenticationFailedException extends ApiException {

	private static final long serialVersionUID = 1L;

	AuthenticationFailedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, "Authentication failed", detail);
	}

}
