package io.keystonebi.api.openapi;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document itself: OpenAPI 3.1, for administrators only outside the demo profile, and complete enough
 * to call every operation from it (what the role matrix does): a summary, a description and roles on each
 * operation, an example of every parameter, body and successful answer that fits its schema, problems for every
 * error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
class OpenApiDocumentIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ApiDocument document;

	@BeforeEach
	void fetch() {
		this.document = ApiDocument.fetch(this.port, TestSignIn.admin(this.context, this.port));
	}

	@Test
	void theDocumentIsOpenApi31AndDescribesTheApiOnly() {
		assertThat(this.document.root().path("openapi").asString()).startsWith("3.1.");
		assertThat(this.document.root().path("info").path("title").asString()).isEqualTo("Keystone BI API");
		assertThat(this.document.operations()).extracting(ApiOperation::path).allSatisfy((path) -> assertThat(path)
			.startsWith("/api/v1/"));
		assertThat(this.document.operations()).extracting(ApiOperation::name)
			.contains("GET /api/v1/dashboard/summary", "GET /api/v1/sync/status", "POST /api/v1/auth/token",
					"POST /api/v1/webhooks/ghl", "POST /api/v1/admin/imports", "POST /api/v1/admin/rollups/rebuild",
					"GET /api/v1/admin/webhooks/failures");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "EXECUTIVE", "VIEWER" })
	void outsideTheDemoOnlyAdministratorsMayReadTheDocument(Role role) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + this.port + "/v3/api-docs"))
			.header("Authorization", TestSignIn.bearer(this.context, this.port, role, null, null))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void everyOperationHasASummaryADescriptionATagAndTheRolesThatMayCallIt() {
		List<String> roles = Stream.of(Role.values()).map(Role::id).toList();
		Set<String> operationIds = new HashSet<>();
		SoftAssertions softly = new SoftAssertions();
		for (ApiOperation operation : this.document.operations()) {
			JsonNode node = operation.node();
			softly.assertThat(node.path("summary").asString("")).as("summary of " + operation.name()).isNotBlank();
			softly.assertThat(node.path("description").asString("")).as("description of " + operation.name())
				.isNotBlank();
			softly.assertThat(node.path("tags").isEmpty()).as("tags of " + operation.name()).isFalse();
			softly.assertThat(operation.roles()).as("x-roles of " + operation.name()).isNotEmpty().isSubsetOf(roles);
			softly.assertThat(operationIds.add(node.path("operationId").asString())).as("operationId of "
					+ operation.name() + " is unique").isTrue();
		}
		softly.assertAll();
	}

	@Test
	void everyParameterBodyAndSuccessfulAnswerHasAnExampleThatFitsItsSchema() {
		DocumentedFields documented = new DocumentedFields(this.document);
		SoftAssertions softly = new SoftAssertions();
		for (ApiOperation operation : this.document.operations()) {
			int examples = 0;
			for (JsonNode parameter : operation.parameters()) {
				String name = operation.name() + " parameter " + parameter.path("name").asString();
				softly.assertThat(ApiDocument.example(parameter)).as("example of " + name).isPresent();
				softly.assertThat(parameter.path("description").asString("")).as("description of " + name)
					.isNotBlank();
				examples += ApiDocument.example(parameter).isPresent() ? 1 : 0;
			}
			for (JsonNode media : operation.node().path("requestBody").path("content")) {
				examples += checkExamples(softly, documented, operation.name() + " body", media);
			}
			JsonNode[] successes = operation.node().path("responses").properties().stream()
				.filter((response) -> response.getKey().startsWith("2"))
				.map((response) -> response.getValue())
				.toArray(JsonNode[]::new);
			softly.assertThat(successes).as("successful answers of " + operation.name()).isNotEmpty();
			for (JsonNode success : successes) {
				for (JsonNode media : success.path("content")) {
					examples += checkExamples(softly, documented, operation.name() + " answer", media);
				}
			}
			softly.assertThat(examples).as("examples of " + operation.name()).isPositive();
		}
		softly.assertAll();
	}

	@Test
	void everyErrorIsDocumentedAsAProblemAndEveryOperationNeedingSignInSaysHow() {
		SoftAssertions softly = new SoftAssertions();
		for (ApiOperation operation : this.document.operations()) {
			operation.node().path("responses").forEachEntry((code, response) -> {
				if (code.startsWith("4")) {
					JsonNode problem = response.path("content").path(ProblemResponses.PROBLEM_JSON);
					softly.assertThat(problem.path("schema").path("$ref").asString(""))
						.as(code + " of " + operation.name()).isEqualTo("#/components/schemas/Problem");
					softly.assertThat(problem.path("example").path("status").asInt())
						.as(code + " example of " + operation.name()).isEqualTo(Integer.parseInt(code));
				}
			});
			if (operation.open()) {
				softly.assertThat(operation.node().has("security")).as("security of public " + operation.name())
					.isFalse();
			}
			else {
				softly.assertThat(operation.response(401)).as("401 of " + operation.name()).isPresent();
				softly.assertThat(operation.response(403)).as("403 of " + operation.name()).isPresent();
				softly.assertThat(operation.node().path("security").toString()).as("security of " + operation.name())
					.isEqualTo("[{\"bearer\":[]},{\"session\":[]}]");
			}
		}
		softly.assertAll();
		JsonNode schemes = this.document.root().path("components").path("securitySchemes");
		assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.path("bearer").path("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
		assertThat(schemes.path("session").path("name").asString()).isEqualTo("KEYSTONE_SESSION");
	}

	@Test
	void theCallerAndTheirDataScopeAreNeverRequestParameters() {
		Set<String> hidden = new HashSet<>(Set.of("caller", "scope", "data_scope", "datascope"));
		for (Class<?> type : List.of(Caller.class, DataScope.class)) {
			for (RecordComponent component : type.getRecordComponents()) {
				hidden.add(component.getName().toLowerCase(Locale.ROOT));
				hidden.add(component.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
			}
		}
		List<String> parameters = new ArrayList<>();
		this.document.operations().forEach((operation) -> operation.parameters().forEach((parameter) -> parameters
			.add(parameter.path("name").asString().toLowerCase(Locale.ROOT))));
		assertThat(parameters).isNotEmpty().doesNotContainAnyElementsOf(hidden);
	}

	@Test
	void summaryFieldsAreNamedAsTheApiWritesThem() {
		JsonNode figures = this.document.resolve(this.document.root().path("components").path("schemas")
			.path("SummaryResponse").path("properties").path("summary"));
		assertThat(figures.path("properties").propertyNames()).contains("total_revenue", "revenue_change",
				"total_leads", "conversion_rate", "pipeline_value");
		assertThat(this.document.root().path("components").path("schemas").propertyNames())
			.contains("SummaryResponse.Location", "SyncStatusResponse.Location");
	}

	private static int checkExamples(SoftAssertions softly, DocumentedFields documented, String what, JsonNode media) {
		List<JsonNode> examples = new ArrayList<>();
		ApiDocument.example(media).ifPresent(examples::add);
		media.path("examples").forEach((example) -> examples.add(example.path("value")));
		softly.assertThat(examples).as("examples of " + what).isNotEmpty();
		for (JsonNode example : examples) {
			softly.assertThat(documented.check(media.path("schema"), example)).as("example of " + what
					+ " against its schema").isEmpty();
		}
		return examples.size();
	}

}
