package io.keystonebi.api.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A team change naming a location, manager or member that cannot be used; names the field and the id. */
final class InvalidTeamException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final Long value;

	InvalidTeamException(String field, Long value, String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid team", detail);
		this.field = field;
		this.value = value;
	}

	/** @return the field at fault */
	String field() {
		return this.field;
	}

	@Override
	protected Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("field", this.field);
		properties.put("value", this.value);
		return properties;
	}

}
