package io.keystonebi.api.web;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Base of the failures the web layer itself raises; {@link ApiExceptionHandler} turns each into a problem
 * response with its status, title and extra properties.
 */
public abstract class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	protected ApiException(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	/** @return extra members of the problem response, e.g. the id of a failed run */
	protected Map<String, Object> properties() {
		return Map.of();
	}

	/** @return headers the answer must carry, e.g. {@code Retry-After} */
	protected HttpHeaders headers() {
		return HttpHeaders.EMPTY;
	}

	/** @return the problem's instance URI, or null */
	protected String instance() {
		return null;
	}

}
