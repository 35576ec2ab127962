package io.keystonebi.api.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the report definition's one JSON shape (read by {@code DefinitionJson}, so no class describes it to
 * the document), where requests send it and answers return it, and a preview block's rows as lists of values.
 */
@Component
class ReportSchemas implements OpenApiCustomizer {

	private static final String DEFINITION = "#/components/schemas/ReportDefinitionJson";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		schemas.put("ReportDefinitionJson", definition());
		replaceProperty(schemas.get("ReportDefinition"), "definition", new Schema<>().$ref(DEFINITION));
		replaceProperty(schemas.get("ReportTemplate"), "definition", new Schema<>().$ref(DEFINITION));
		replaceProperty(schemas.get("ReportPreviewBlock"), "rows", rows());
		body(openApi, "/api/v1/reports/definitions", PathItem::getPost, saved());
		body(openApi, "/api/v1/reports/definitions/{id}", PathItem::getPut, saved());
		body(openApi, "/api/v1/reports/preview", PathItem::getPost, new Schema<>().$ref(DEFINITION));
		body(openApi, "/api/v1/reports/generate", PathItem::getPost, generate());
	}

	private static Schema<?> definition() {
		ObjectSchema filters = new ObjectSchema();
		filters.setAdditionalProperties(new ArraySchema().items(new StringSchema()));
		filters.setDescription("Per dimension code, the values kept (ids as text for agent, team, office, stage and "
				+ "property type).");
		ObjectSchema block = new ObjectSchema();
		block.addProperty("title", new StringSchema().description("What a person reads above it."));
		block.addProperty("metrics", new ArraySchema().items(new StringSchema()).description("Metric codes."));
		block.addProperty("dimension", nullable(new StringSchema().description("A dimension code, or null for totals.")));
		block.addProperty("filters", filters);
		block.addProperty("view", new StringSchema()._enum(List.of("kpi", "table", "bar", "line", "pie")));
		block.addProperty("limit", nullable(new IntegerSchema().description("At most this many rows, or null.")));
		block.setRequired(List.of("title", "metrics", "view"));
		ObjectSchema root = new ObjectSchema();
		root.setDescription("A report definition: what it holds, never whose data.");
		root.addProperty("title", new StringSchema());
		root.addProperty("range", new StringSchema().description("A range code, e.g. last_month, or custom."));
		root.addProperty("from", nullable(new StringSchema().format("date").description("First day of a custom range.")));
		root.addProperty("to", nullable(new StringSchema().format("date").description("Last day of a custom range.")));
		root.addProperty("blocks", new ArraySchema().items(block));
		root.setRequired(List.of("title", "range", "blocks"));
		return root;
	}

	private static Schema<?> saved() {
		Schema<?> saved = definition();
		saved.setDescription("A report definition to save, and whether to share it.");
		saved.addProperty("shared", new BooleanSchema().description("Whether to share it within the owner's reach."));
		return saved;
	}

	private static Schema<?> generate() {
		ObjectSchema body = new ObjectSchema();
		body.setDescription("Exactly one of definition, definition_id and template, and the format.");
		body.addProperty("definition", new Schema<>().$ref(DEFINITION));
		body.addProperty("definition_id", new IntegerSchema().format("int64"));
		body.addProperty("template", new StringSchema().description("A built-in template's code."));
		body.addProperty("format", new StringSchema()._enum(List.of("pdf", "xlsx", "csv")));
		body.setRequired(List.of("format"));
		return body;
	}

	private static Schema<?> rows() {
		Schema<Object> value = new Schema<>();
		value.setTypes(Set.of("string", "number", "null"));
		ArraySchema rows = new ArraySchema().items(new ArraySchema().items(value));
		rows.setDescription("The rows, each a list of values in the columns' order: text, numbers or null.");
		return rows;
	}

	private static <T extends Schema<?>> T nullable(T schema) {
		String type = (schema.getType() != null) ? schema.getType() : schema.getTypes().iterator().next();
		schema.setTypes(Set.of(type, "null"));
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void replaceProperty(Schema schema, String name, Schema<?> replacement) {
		if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey(name)) {
			schema.getProperties().put(name, replacement);
		}
	}

	private static void body(OpenAPI openApi, String path, java.util.function.Function<PathItem, Operation> method,
			Schema<?> schema) {
		PathItem item = (openApi.getPaths() != null) ? openApi.getPaths().get(path) : null;
		Operation operation = (item != null) ? method.apply(item) : null;
		if (operation != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			operation.getRequestBody().getContent().values().forEach((media) -> media.setSchema(schema));
		}
	}

}
