package io.keystonebi.api.admin;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** The account or team an administrator named does not exist. */
final class NotFoundException extends ApiException {

	private static final long serialVersionUID = 1L;

	private NotFoundException(String title, String detail) {
		super(HttpStatus.NOT_FOUND, title, detail);
	}

	static NotFoundException account(long id) {
		return new NotFoundException("Account not found", "No account has id " + id + ".");
	}

	static NotFoundException team(long id) {
		return new NotFoundException("Team not found", "No team has id " + id + ".");
	}

}
