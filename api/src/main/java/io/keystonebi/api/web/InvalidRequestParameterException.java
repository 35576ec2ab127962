package io.keystonebi.api.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** A request parameter has a value the endpoint cannot accept; the message names both. */
public final class InvalidRequestParameterException extends ApiException {

	private final String parameter;

	private final String value;

	public InvalidRequestParameterException(String parameter, String value, String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid request parameter", detail);
		this.parameter = parameter;
		this.value = value;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("parameter", this.parameter, "value", String.valueOf(this.value));
	}

}
