package io.keystonebi.api.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A dashboard layout with a value that cannot be saved; names the field and the value. */
final class InvalidLayoutException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String value;

	InvalidLayoutException(String field, String value, String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid dashboard layout", detail);
		this.field = field;
		this.value = value;
	}

	@Override
	protected Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("field", this.field);
		properties.put("value", this.value);
		return properties;
	}

}
