package io.keystonebi.api.openapi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentedFieldsTests {

	private final ApiDocument document = new ApiDocument(json("""
			{"components": {"schemas": {
			  "Run": {"properties": {"id": {"type": "integer"}, "status": {"type": "string"},
			                         "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
			                         "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
			                         "body": {"type": "object"}}},
			  "Row": {"properties": {"line": {"type": ["integer", "null"]}}}}}}"""));

	private final JsonNode run = json("""
			{"$ref": "#/components/schemas/Run"}""");

	@Test
	void aValueWithOnlyDocumentedFieldsOfTheirTypesConforms() {
		assertThat(new DocumentedFields(this.document).check(this.run, json("""
				{"id": 4, "status": null, "rows": [{"line": 2}, {"line": null}], "counts": {"read": 3},
				 "body": {"anything": {"goes": true}}}"""))).isEmpty();
	}

	@Test
	void undocumentedFieldsAndWrongTypesAreNamedByPath() {
		assertThat(new DocumentedFields(this.document).check(this.run, json("""
				{"id": "4", "secret": 1, "rows": [{"line": 1, "raw": "x"}, {"raw": "y"}], "counts": {"read": "3"}}""")))
			.containsExactly("$.id: string where the schema says \"integer\"", "$.secret: not in the schema",
					"$.rows[*].raw: not in the schema", "$.counts.read: string where the schema says \"integer\"");
	}

	private static JsonNode json(String text) {
		return ApiDocument.JSON.readTree(text);
	}

}
