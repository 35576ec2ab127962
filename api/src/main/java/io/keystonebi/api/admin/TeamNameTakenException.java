package io.keystonebi.api.admin;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** The location already has a team of that name. */
final class TeamNameTakenException extends ApiException {

	private static final long serialVersionUID = 1L;

	TeamNameTakenException(String name, long locationId) {
		super(HttpStatus.CONFLICT, "Team name taken", "Location " + locationId + " already has a team named '" + name
				+ "'.");
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("field", "name");
	}

}
