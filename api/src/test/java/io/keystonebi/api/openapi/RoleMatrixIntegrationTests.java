package io.keystonebi.api.openapi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API document, called as every role and as a stranger, with the document's examples:
 * strangers get 401 unless the operation is public, a role outside its {@code x-roles} gets 403, the roles in it
 * are let through; an agent or manager never gets an object outside their scope; no answer carries a field the
 * role must not see, nor one the document does not describe, nor a status it does not list. Built from the
 * document, so an endpoint added later is covered as soon as it exists.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, "/io/keystonebi/api/openapi/RoleMatrixIntegrationTests/scope.sql" },
		executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class RoleMatrixIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final List<String> ROLE_IDS = Arrays.stream(Role.values()).map(Role::id).toList();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	@TestFactory
	Stream<DynamicContainer> everyCallerGetsWhatTheirRoleAndScopeAllowFromEveryOperation() {
		ApiDocument document = ApiDocument.fetch(this.port, TestSignIn.admin(this.context, this.port));
		ProbeRequests requests = new ProbeRequests(this.port, document, new ForeignObjects(this.jdbi)::outsideScopeOf);
		DocumentedFields documented = new DocumentedFields(document);
		Map<MatrixCaller, String> authorizations = new LinkedHashMap<>();
		MatrixCaller.ALL.forEach((caller) -> authorizations.put(caller, (caller.role() != null)
				? TestSignIn.bearer(this.context, this.port, caller.role(), caller.agentUserId(), caller.teamId())
				: null));
		List<ApiOperation> operations = document.operations();
		assertThat(operations).as("operations in the document").isNotEmpty();
		return operations.stream().map((operation) -> DynamicContainer.dynamicContainer(operation.name(),
				MatrixCaller.ALL.stream().map((caller) -> DynamicTest.dynamicTest(
						caller.name() + " " + operation.name(), () -> new Probe(operation, caller, requests, documented,
								authorizations).check()))));
	}

	@Test
	void everyKindOfScopedObjectHasOneOutsideTheScopeOfEachScopedCaller() {
		ForeignObjects foreign = new ForeignObjects(this.jdbi);
		for (ScopedObject.Kind kind : ScopedObject.Kind.values()) {
			for (MatrixCaller caller : MatrixCaller.ALL) {
				if (caller.scoped()) {
					assertThat(foreign.outsideScopeOf(kind.id(), caller)).as(kind.id() + " outside " + caller.name())
						.isPresent();
				}
			}
		}
	}

	/** One operation called as one caller, and what the answer must be. */
	private record Probe(ApiOperation operation, MatrixCaller caller, ProbeRequests requests,
			DocumentedFields documented, Map<MatrixCaller, String> authorizations) {

		void check() {
			assertThat(this.operation.roles()).as(this.operation.name() + " states its roles in x-roles")
				.isNotEmpty()
				.isSubsetOf(ROLE_IDS);
			Answer response = call(this.caller);
			int status = response.statusCode();
			String answer = this.operation.name() + " as " + this.caller.name() + " answered " + status + ": "
					+ abbreviate(response.body());
			assertThat(this.operation.response(status)).as(answer + "; the document lists no such status").isPresent();
			if (status >= 400) {
				assertThat(response.headers().firstValue("Content-Type")).as(answer)
					.hasValueSatisfying((type) -> assertThat(type).startsWith(ProblemResponses.PROBLEM_JSON));
			}
			if (this.operation.open()) {
				int stranger = call(MatrixCaller.ANONYMOUS).statusCode();
				assertThat(status).as(answer + "; a public operation answers everyone alike").isEqualTo(stranger);
				assertThat(response.body()).as(answer).doesNotContain("Authentication required", "Not allowed");
			}
			else if (this.caller.role() == null) {
				assertThat(status).as(answer).isEqualTo(401);
				assertThat(response.headers().firstValue("WWW-Authenticate")).as(answer).isPresent();
			}
			else if (!this.operation.roles().contains(this.caller.role().id())) {
				assertThat(status).as(answer).isEqualTo(403);
			}
			else {
				assertThat(status).as(answer).isNotIn(401, 403).isLessThan(500);
				if (this.operation.scopedObject().isPresent() && this.caller.scoped()) {
					assertThat(status).as(answer + "; the object is outside the caller's scope").isEqualTo(404);
				}
			}
			if (status < 300 && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
				checkFields(status, ApiDocument.JSON.readTree(response.body()), answer);
			}
		}

		private void checkFields(int status, JsonNode body, String answer) {
			JsonNode media = this.operation.response(status).orElseThrow().path("content").path("application/json");
			assertThat(media.has("schema")).as(answer + "; the document gives no JSON schema for it").isTrue();
			assertThat(this.documented.check(media.get("schema"), body)).as(answer + "; fields the document lacks")
				.isEmpty();
			assertThat(SensitiveFields.find(this.operation.name(), body, SensitiveFields.forbiddenFor(this.caller.role())))
				.as(answer + "; fields a " + this.caller.name() + " must not see")
				.isEmpty();
		}

		private Answer call(MatrixCaller as) {
			HttpRequest request = this.requests.build(this.operation, as, this.authorizations.get(as));
			try {
				HttpResponse<Stream<String>> response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
				// An event stream never ends: its first event is enough.
				try (Stream<String> lines = response.body()) {
					boolean stream = response.headers().firstValue("Content-Type").orElse("")
						.startsWith("text/event-stream");
					String body = (stream ? lines.takeWhile((line) -> !line.isEmpty()) : lines)
						.collect(Collectors.joining("\n"));
					return new Answer(response.statusCode(), response.headers(), body);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}

		/** What an operation answered: its status, headers and body (an event stream's first event only). */
		private record Answer(int statusCode, HttpHeaders headers, String body) {
		}

		private static String abbreviate(String body) {
			return (body.length() > 400) ? body.substring(0, 400) + "..." : body;
		}

	}

}
