package io.keystonebi.api.security;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** An account change with a field that cannot be accepted; the message names the field and the value. */
public final class InvalidAccountException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final String field;

	InvalidAccountException(String field, String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid account", detail);
		this.field = field;
	}

	/** @return the field at fault */
	public String field() {
		return this.field;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
