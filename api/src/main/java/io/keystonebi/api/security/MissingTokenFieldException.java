package io.keystonebi.api.security;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A token request without a field its grant type needs. */
final class MissingTokenFieldException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final String field;

	MissingTokenFieldException(String field, String grantType) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field + " is required with grant_type " + grantType);
		this.field = field;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
