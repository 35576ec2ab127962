package io.keystonebi.api.admin;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/**
 * An administrator tried to deactivate their own account or take away its admin role. Refused so the brokerage
 * can never be left without anyone able to administer it; another administrator can make the change.
 */
final class SelfLockoutException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private SelfLockoutException(String field, String detail) {
		super(HttpStatus.CONFLICT, "Cannot lock yourself out", detail);
		this.field = field;
	}

	static SelfLockoutException deactivation() {
		return new SelfLockoutException("active", "You cannot deactivate your own account; ask another "
				+ "administrator to do it.");
	}

	static SelfLockoutException demotion(String role) {
		return new SelfLockoutException("role", "You cannot change your own role from admin to " + role
				+ "; ask another administrator to do it.");
	}

	/** @return the field whose change was refused */
	String field() {
		return this.field;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
