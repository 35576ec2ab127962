package io.keystonebi.etl.imports.mapping;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import io.keystonebi.etl.imports.MappingInvalidException;
import io.keystonebi.etl.imports.targets.Target;

/** Reads a mapping's YAML into a {@link Mapping}; every error names the mapping and the offending entry. */
final class MappingParser {

	private static final Set<String> FUNNEL_STAGES = Set.of("lead", "contacted", "qualified", "proposal", "closed");

	private final YamlNode.Errors errors;

	private MappingParser(String name) {
		this.errors = new YamlNode.Errors(name);
	}

	static Mapping parse(String name, InputStream yaml) {
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			throw new MappingInvalidException("Mapping " + name + " is not valid YAML: " + firstLine(ex.getMessage()));
		}
		return new MappingParser(name).mapping(document);
	}

	private static String firstLine(String message) {
		return (message == null) ? "unreadable" : message.lines().findFirst().orElse(message);
	}

	private Mapping mapping(Object document) {
		YamlNode root = YamlNode.root(document, this.errors);
		root.allowOnly("target", "location", "key", "columns", "constants", "rebase", "pipeline");
		String targetName = root.requiredText("target");
		Target target = Target.byMappingName(targetName)
			.orElseThrow(() -> this.errors.invalid("unknown target '" + targetName + "' (expected one of "
					+ String.join(", ", java.util.Arrays.stream(Target.values()).map(Target::mappingName).toList())
					+ ")"));
		List<ColumnMapping> columns = new ArrayList<>();
		for (YamlNode column : root.requiredList("columns")) {
			columns.add(column(column, target));
		}
		Map<String, String> constants = new LinkedHashMap<>();
		root.optionalMap("constants").forEach(constants::put);
		Mapping mapping = new Mapping(this.errors.mappingName(), target, location(root.child("location")),
				root.requiredTextList("key"), List.copyOf(columns), Map.copyOf(constants), root.optionalText("rebase"),
				pipeline(root.child("pipeline"), target));
		new MappingChecks(mapping, this.errors).check();
		return mapping;
	}

	private ColumnMapping column(YamlNode node, Target target) {
		node.allowOnly("column", "field", "format", "values", "rename", "default", "nulls", "required");
		String field = node.requiredText("field");
		if (target.indexOf(field) < 0) {
			throw this.errors.invalid("target " + target.mappingName() + " has no field '" + field + "' (fields: "
					+ String.join(", ", target.fields().stream().map((f) -> f.name()).toList()) + ")");
		}
		return new ColumnMapping(node.requiredText("column"), field, node.optionalText("format"),
				node.optionalMap("values"), node.optionalMap("rename"), node.optionalText("default"),
				Set.copyOf(node.optionalTextList("nulls")), Boolean.parseBoolean(node.optionalText("required")));
	}

	private LocationSpec location(YamlNode node) {
		if (node == null) {
			return null;
		}
		node.allowOnly("source_id", "name", "timezone");
		String timezone = (node.optionalText("timezone") != null) ? node.optionalText("timezone") : "UTC";
		try {
			ZoneId.of(timezone);
		}
		catch (DateTimeException ex) {
			throw this.errors.invalid("unknown time zone '" + timezone + "'");
		}
		return new LocationSpec(node.requiredText("source_id"), node.requiredText("name"), timezone);
	}

	private PipelineSpec pipeline(YamlNode node, Target target) {
		if (node == null) {
			return null;
		}
		if (target != Target.OPPORTUNITIES) {
			throw this.errors.invalid("'pipeline' is only for target opportunities");
		}
		node.allowOnly("name", "stages");
		List<PipelineSpec.StageSpec> stages = new ArrayList<>();
		for (YamlNode stage : node.requiredList("stages")) {
			stage.allowOnly("name", "funnel_stage", "win_probability");
			String funnel = stage.optionalText("funnel_stage");
			if (funnel != null && !FUNNEL_STAGES.contains(funnel)) {
				throw this.errors.invalid("unknown funnel_stage '" + funnel + "' (expected one of lead, contacted, "
						+ "qualified, proposal, closed)");
			}
			stages.add(new PipelineSpec.StageSpec(stage.requiredText("name"), stages.size() + 1, funnel,
					probability(stage.optionalText("win_probability"))));
		}
		return new PipelineSpec(node.requiredText("name"), List.copyOf(stages));
	}

	private BigDecimal probability(String text) {
		if (text == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw this.errors.invalid("win_probability must be a number from 0 to 1, not '" + text + "'");
	}

}
