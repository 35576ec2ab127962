package io.keystonebi.api.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.HttpMethod;

import io.keystonebi.api.security.ApiAccess;
import io.keystonebi.api.security.Role;

/**
 * States who may call each operation ({@code x-roles}, {@code x-public} and its security requirements), read from
 * the rules the security filter chain enforces, so a new endpoint is documented as it is protected without any
 * annotation.
 */
final class OperationAccess implements OpenApiCustomizer {

	/** The roles that may call an operation, as {@link Role#id()}s. */
	static final String ROLES = "x-roles";

	/** Present and true on operations that need no sign-in (they check a credential of their own). */
	static final String PUBLIC = "x-public";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiAccess.Access access = ApiAccess.of(HttpMethod.valueOf(method.name()), path);
			operation.addExtension(ROLES, access.roles().stream().map(Role::id).toList());
			if (access.open()) {
				operation.addExtension(PUBLIC, true);
				operation.setSecurity(null);
			}
			else {
				// Either scheme will do: a list of requirements is a choice, not a conjunction.
				operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfiguration.BEARER),
						new SecurityRequirement().addList(OpenApiConfiguration.SESSION)));
			}
		}));
	}

}
