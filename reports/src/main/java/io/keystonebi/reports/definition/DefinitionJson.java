package io.keystonebi.reports.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * A report definition as JSON, the one shape the API accepts, the database stores and schedules read:
 * <pre>
 * {"title": "Team review", "range": "last_month", "from": null, "to": null,
 *  "blocks": [{"title": "Revenue by team", "metrics": ["revenue", "deals_won"], "dimension": "team",
 *              "filters": {"source": ["Zillow"]}, "view": "bar", "limit": 10}]}
 * </pre>
 * Reading checks the shape and names the offending field (e.g. {@code blocks[2].view}); whether the metrics exist
 * and fit the dimension is the catalogue's to say.
 */
public final class DefinitionJson {

	/** The most blocks one report may hold. */
	public static final int MAX_BLOCKS = 40;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private DefinitionJson() {
	}

	/**
	 * @param json a definition as JSON text
	 * @return the definition
	 * @throws InvalidReportParameterException naming the field that is missing or wrong
	 */
	public static ReportDefinition read(String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidReportParameterException("definition", abbreviate(json),
					"not valid JSON: " + ex.getOriginalMessage());
		}
		return read(root);
	}

	/**
	 * @param root a definition as a JSON tree
	 * @return the definition
	 * @throws InvalidReportParameterException naming the field that is missing or wrong
	 */
	public static ReportDefinition read(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw new InvalidReportParameterException("definition", String.valueOf(root), "expected a JSON object");
		}
		String title = text(root, "title", "title", true);
		if (title.isBlank() || title.length() > 200) {
			throw new InvalidReportParameterException("title", title, "must be 1 to 200 characters");
		}
		ReportRange range = ReportRange.parse(text(root, "range", "range", true), "range");
		LocalDate from = date(root, "from");
		LocalDate to = date(root, "to");
		if (range == ReportRange.CUSTOM) {
			range.resolve(LocalDate.now(), from, to);
		}
		JsonNode blocks = root.get("blocks");
		if (blocks == null || !blocks.isArray() || blocks.isEmpty()) {
			throw new InvalidReportParameterException("blocks", String.valueOf(blocks), "expected at least one block");
		}
		if (blocks.size() > MAX_BLOCKS) {
			throw new InvalidReportParameterException("blocks", blocks.size() + " blocks",
					"a report holds at most " + MAX_BLOCKS + " blocks");
		}
		List<BlockDefinition> read = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			read.add(block(blocks.get(i), "blocks[" + i + "]"));
		}
		return new ReportDefinition(title.strip(), range, (range == ReportRange.CUSTOM) ? from : null,
				(range == ReportRange.CUSTOM) ? to : null, read);
	}

	/**
	 * @param definition a definition
	 * @return it as a JSON tree, in the shape {@link #read(JsonNode)} reads
	 */
	public static ObjectNode tree(ReportDefinition definition) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("title", definition.title());
		root.put("range", definition.range().code());
		root.put("from", (definition.from() != null) ? definition.from().toString() : null);
		root.put("to", (definition.to() != null) ? definition.to().toString() : null);
		ArrayNode blocks = root.putArray("blocks");
		for (BlockDefinition block : definition.blocks()) {
			ObjectNode node = blocks.addObject();
			node.put("title", block.title());
			ArrayNode metrics = node.putArray("metrics");
			block.metrics().forEach(metrics::add);
			node.put("dimension", (block.dimension() != null) ? block.dimension().code() : null);
			ObjectNode filters = node.putObject("filters");
			block.filters().entrySet().stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach((entry) -> entry.getValue().forEach(filters.withArray(entry.getKey().code())::add));
			node.put("view", block.view().code());
			if (block.limit() != null) {
				node.put("limit", block.limit());
			}
			else {
				node.putNull("limit");
			}
		}
		return root;
	}

	/**
	 * @param definition a definition
	 * @return it as compact JSON text
	 */
	public static String write(ReportDefinition definition) {
		return MAPPER.writeValueAsString(tree(definition));
	}

	private static BlockDefinition block(JsonNode node, String path) {
		if (node == null || !node.isObject()) {
			throw new InvalidReportParameterException(path, String.valueOf(node), "expected a JSON object");
		}
		String title = text(node, "title", path + ".title", true);
		if (title.isBlank() || title.length() > 200) {
			throw new InvalidReportParameterException(path + ".title", title, "must be 1 to 200 characters");
		}
		JsonNode metricsNode = node.get("metrics");
		if (metricsNode == null || !metricsNode.isArray() || metricsNode.isEmpty()) {
			throw new InvalidReportParameterException(path + ".metrics", String.valueOf(metricsNode),
					"expected a list of at least one metric code");
		}
		List<String> metrics = new ArrayList<>();
		for (int i = 0; i < metricsNode.size(); i++) {
			JsonNode metric = metricsNode.get(i);
			if (!metric.isString() || metric.asString().isBlank()) {
				throw new InvalidReportParameterException(path + ".metrics[" + i + "]", String.valueOf(metric),
						"expected a metric code");
			}
			metrics.add(metric.asString().strip());
		}
		String dimensionCode = text(node, "dimension", path + ".dimension", false);
		Dimension dimension = (dimensionCode != null) ? Dimension.parse(dimensionCode, path + ".dimension") : null;
		BlockView view = BlockView.parse(text(node, "view", path + ".view", true), path + ".view");
		return new BlockDefinition(title.strip(), metrics, dimension, filters(node.get("filters"), path + ".filters"),
				view, limit(node.get("limit"), path + ".limit"));
	}

	private static Map<Dimension, List<String>> filters(JsonNode node, String path) {
		Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
		if (node == null || node.isNull()) {
			return filters;
		}
		if (!node.isObject()) {
			throw new InvalidReportParameterException(path, node.toString(),
					"expected an object of dimension to values");
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			Dimension dimension = Dimension.parse(entry.getKey(), path);
			String valuesPath = path + "." + entry.getKey();
			JsonNode values = entry.getValue();
			if (!values.isArray() || values.isEmpty()) {
				throw new InvalidReportParameterException(valuesPath, values.toString(),
						"expected a list of at least one value");
			}
			List<String> kept = new ArrayList<>();
			for (JsonNode value : values) {
				if (!value.isString() && !value.isNumber()) {
					throw new InvalidReportParameterException(valuesPath, value.toString(), "expected text or a number");
				}
				kept.add(value.asString().strip());
			}
			filters.put(dimension, kept);
		}
		return filters;
	}

	private static Integer limit(JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isInt() || node.asInt() < 1 || node.asInt() > 1000) {
			throw new InvalidReportParameterException(path, node.toString(), "expected a whole number from 1 to 1000");
		}
		return node.asInt();
	}

	private static String text(JsonNode node, String field, String path, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new InvalidReportParameterException(path, "null", "is required");
			}
			return null;
		}
		if (!value.isString()) {
			throw new InvalidReportParameterException(path, value.toString(), "expected text");
		}
		return value.asString();
	}

	private static LocalDate date(JsonNode node, String field) {
		String text = text(node, field, field, false);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportParameterException(field, text, "expected a date as YYYY-MM-DD");
		}
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

}
