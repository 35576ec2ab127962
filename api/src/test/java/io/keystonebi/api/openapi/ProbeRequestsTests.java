package io.keystonebi.api.openapi;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProbeRequestsTests {

	private static final MatrixCaller MANAGER = MatrixCaller.ALL.get(2);

	private final ApiDocument document = new ApiDocument(ApiDocument.JSON.readTree("""
			{"paths": {
			  "/api/v1/contacts/{id}": {"get": {"x-roles": ["manager"],
			      "x-scoped-object": {"parameter": "id", "kind": "contact"},
			      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "example": 7},
			                     {"name": "range", "in": "query", "schema": {"type": "string"}, "example": "30d"},
			                     {"name": "format", "in": "query", "required": true, "example": "full"}]}},
			  "/api/v1/admin/runs/{id}/restart": {"post": {"x-roles": ["admin"],
			      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "example": 42}]}},
			  "/api/v1/admin/uploads": {"post": {"x-roles": ["admin"],
			      "requestBody": {"content": {"multipart/form-data": {
			          "schema": {"properties": {"file": {"type": "string", "format": "binary"}, "mapping": {"type": "string"}}},
			          "example": {"file": "deals.csv", "mapping": "crm-deals"}}}}}},
			  "/api/v1/teams/{id}": {"get": {"x-roles": ["admin"],
			      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}]}}}}"""));

	private final List<String> asked = new ArrayList<>();

	private final ProbeRequests requests = new ProbeRequests(8080, this.document, (kind, caller) -> {
		this.asked.add(kind + " outside " + caller.name());
		return Optional.of(99L);
	});

	@Test
	void aScopedObjectIsAskedForOutsideTheCallersScopeWithOnlyTheRequiredQueryParameters() {
		HttpRequest request = this.requests.build(operation("GET /api/v1/contacts/{id}"), MANAGER, "Bearer m");
		assertThat(request.uri()).hasToString("http://127.0.0.1:8080/api/v1/contacts/99?format=full");
		assertThat(request.headers().firstValue("Authorization")).hasValue("Bearer m");
		assertThat(this.asked).containsExactly("contact outside MANAGER");
	}

	@Test
	void aCallThatChangesSomethingNamesAnObjectThatDoesNotExist() {
		HttpRequest request = this.requests.build(operation("POST /api/v1/admin/runs/{id}/restart"),
				MatrixCaller.ANONYMOUS, null);
		assertThat(request.uri().getPath()).isEqualTo("/api/v1/admin/runs/987654321/restart");
		assertThat(request.headers().firstValue("Authorization")).isEmpty();
	}

	@Test
	void anUploadSendsItsFieldsFromTheExampleAndAnEmptyFile() {
		HttpRequest request = this.requests.build(operation("POST /api/v1/admin/uploads"), MANAGER, "Bearer m");
		assertThat(request.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
			.startsWith("multipart/form-data; boundary="));
		assertThat(body(request)).contains("name=\"file\"; filename=\"deals.csv\"", "name=\"mapping\"\r\n\r\ncrm-deals\r\n");
	}

	@Test
	void aParameterWithoutAnExampleFailsTheMatrix() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.requests.build(operation("GET /api/v1/teams/{id}"), MANAGER, "Bearer m"))
			.withMessage("GET /api/v1/teams/{id} gives no example of its parameter id");
	}

	private ApiOperation operation(String name) {
		return this.document.operations().stream().filter((operation) -> operation.name().equals(name)).findFirst()
			.orElseThrow();
	}

	private static String body(HttpRequest request) {
		StringBuilder text = new StringBuilder();
		request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				text.append(StandardCharsets.UTF_8.decode(item));
			}

			@Override
			public void onError(Throwable throwable) {
				throw new AssertionError(throwable);
			}

			@Override
			public void onComplete() {
			}

		});
		return text.toString();
	}

}
