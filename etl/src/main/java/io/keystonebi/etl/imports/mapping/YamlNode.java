package io.keystonebi.etl.imports.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.keystonebi.etl.imports.MappingInvalidException;

/** A YAML mapping node read with names of the path in every error ("columns[2].field"). */
final class YamlNode {

	private final Map<?, ?> values;

	private final String path;

	private final Errors errors;

	private YamlNode(Map<?, ?> values, String path, Errors errors) {
		this.values = values;
		this.path = path;
		this.errors = errors;
	}

	static YamlNode root(Object document, Errors errors) {
		if (!(document instanceof Map<?, ?> map)) {
			throw errors.invalid("must be a YAML mapping with 'target', 'key' and 'columns'");
		}
		return new YamlNode(map, "", errors);
	}

	private String at(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	void allowOnly(String... keys) {
		Set<String> allowed = Set.of(keys);
		for (Object key : this.values.keySet()) {
			if (!allowed.contains(String.valueOf(key))) {
				throw this.errors.invalid("unknown key '" + at(String.valueOf(key)) + "' (allowed: "
						+ String.join(", ", keys) + ")");
			}
		}
	}

	YamlNode child(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw this.errors.invalid("'" + at(key) + "' must be a mapping of keys to values");
		}
		return new YamlNode(map, at(key), this.errors);
	}

	String optionalText(String key) {
		Object value = this.values.get(key);
		if (value instanceof Map || value instanceof List) {
			throw this.errors.invalid("'" + at(key) + "' must be a single value");
		}
		return (value != null) ? String.valueOf(value) : null;
	}

	String requiredText(String key) {
		String value = optionalText(key);
		if (value == null || value.isBlank()) {
			throw this.errors.invalid("'" + at(key) + "' is missing");
		}
		return value;
	}

	List<YamlNode> requiredList(String key) {
		if (!(this.values.get(key) instanceof List<?> list) || list.isEmpty()) {
			throw this.errors.invalid("'" + at(key) + "' must be a non-empty list");
		}
		List<YamlNode> nodes = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String itemPath = at(key) + "[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				throw this.errors.invalid("'" + itemPath + "' must be a mapping of keys to values");
			}
			nodes.add(new YamlNode(map, itemPath, this.errors));
		}
		return nodes;
	}

	List<String> optionalTextList(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw this.errors.invalid("'" + at(key) + "' must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

	List<String> requiredTextList(String key) {
		List<String> list = optionalTextList(key);
		if (list.isEmpty()) {
			throw this.errors.invalid("'" + at(key) + "' must be a non-empty list");
		}
		return list;
	}

	Map<String, String> optionalMap(String key) {
		YamlNode child = child(key);
		if (child == null) {
			return Map.of();
		}
		Map<String, String> map = new LinkedHashMap<>();
		child.values.forEach((k, v) -> map.put(String.valueOf(k), (v != null) ? String.valueOf(v) : null));
		return map;
	}

	/** Builds the exceptions of one mapping, each prefixed with the mapping's name. */
	record Errors(String mappingName) {

		MappingInvalidException invalid(String problem) {
			return new MappingInvalidException("Mapping " + this.mappingName + ": " + problem);
		}

	}

}
