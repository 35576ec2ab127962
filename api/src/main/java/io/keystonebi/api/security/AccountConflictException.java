package io.keystonebi.api.security;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** An account that cannot be created or found as asked: the name is taken, or the id is unknown. */
public final class AccountConflictException extends ApiException {

	private static final long serialVersionUID = 1L;

	private AccountConflictException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static AccountConflictException taken(String username) {
		return new AccountConflictException(HttpStatus.CONFLICT, "Username taken",
				"An account named '" + username + "' already exists.");
	}

	static AccountConflictException unknown(long id) {
		return new AccountConflictException(HttpStatus.NOT_FOUND, "Account not found", "No account has id " + id + ".");
	}

}
