package io.keystonebi.api.openapi;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.scope.DataScope;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html} (open in the demo
 * profile, administrators only elsewhere; see {@code SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiConfiguration {

	/** Security scheme of {@code Authorization: Bearer <token>} from {@code POST /api/v1/auth/token}. */
	static final String BEARER = "bearer";

	/** Security scheme of the web sign-in's session cookie. */
	static final String SESSION = "session";

	static {
		// The caller and their data scope come from the sign-in (CallerArguments), never from the request.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, DataScope.class);
		// JSON taken or given as a tree (a report definition, an audit entry's detail) is an object to clients,
		// not Jackson's node class; fields that know their shape say so with their own schema.
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema())
			.replaceWithSchema(ObjectNode.class, new ObjectSchema());
	}

	@Bean
	OpenAPI keystoneOpenApi() {
		return new OpenAPI().info(new Info().title("Keystone BI API")
			.version("v1")
			.description("""
					Figures, sync status and administration of a Keystone BI warehouse. Sign in with \
					`POST /api/v1/auth/token` and send `Authorization: Bearer <access_token>`; pages signed in \
					through the browser may use their session instead (changes then need the page's CSRF token). \
					Each operation lists the roles that may call it in `x-roles`; what a caller sees is limited \
					to their data scope (an agent their own book, a manager their team's). JSON field names are \
					snake_case; errors are RFC 9457 problems (`application/problem+json`)."""))
			// Relative, so the document is right behind a proxy whatever scheme and host the app itself sees.
			.servers(List.of(new Server().url("/").description("This server")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token from POST /api/v1/auth/token; it works for one hour."))
				.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("KEYSTONE_SESSION")
					.description("The session of a browser signed in at /login. Requests other than GET also "
							+ "need the page's CSRF token in the X-CSRF-TOKEN header.")));
	}

	// Schemas name fields as the API writes them (snake_case, spring.jackson.property-naming-strategy). The
	// application's own mapper is Jackson 3, which swagger-core cannot use, so its Jackson 2 mapper gets the same
	// strategy; a copy, because the shared one also writes the document itself.
	@Bean
	ModelResolver snakeCaseModelResolver(SpringDocConfigProperties properties) {
		return new ModelResolver(ObjectMapperProvider.createJson(properties)
			.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE), new NestedTypeNames());
	}

	@Bean
	OperationAccess operationAccess() {
		return new OperationAccess();
	}

	@Bean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	ExampleFiles exampleFiles() {
		return new ExampleFiles();
	}

	@Bean
	ScopedObjects scopedObjects() {
		return new ScopedObjects();
	}

}
