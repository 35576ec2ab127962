package io.keystonebi.etl.ghl.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Typed reads of one GHL JSON object (an API record or a webhook payload). Absent, null and empty values read as null, so a field
 * GHL leaves out and one it sends empty mean the same; a value of the wrong kind fails naming the field.
 */
public final class GhlRecord {

	private final JsonNode node;

	public GhlRecord(JsonNode node) {
		this.node = node;
	}

	public JsonNode node() {
		return this.node;
	}

	public boolean has(String field) {
		JsonNode value = this.node.path(field);
		return !value.isMissingNode() && !value.isNull();
	}

	public GhlRecord object(String field) {
		JsonNode value = this.node.path(field);
		return value.isObject() ? new GhlRecord(value) : null;
	}

	public String text(String field) {
		JsonNode value = this.node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString();
		return text.isBlank() ? null : text;
	}

	/** @return the first of the fields that has a value, or null */
	public String text(String... fields) {
		for (String field : fields) {
			String text = text(field);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	/** @return the first of the fields that has a time, or null */
	public OffsetDateTime time(String... fields) {
		for (String field : fields) {
			OffsetDateTime time = time(field);
			if (time != null) {
				return time;
			}
		}
		return null;
	}

	/** @return an ISO-8601 time, or epoch milliseconds as a number or a string of digits, as UTC */
	public OffsetDateTime time(String field) {
		JsonNode value = this.node.path(field);
		if (value.isNumber()) {
			return Instant.ofEpochMilli(value.asLong()).atOffset(ZoneOffset.UTC);
		}
		String text = text(field);
		if (text == null) {
			return null;
		}
		if (text.matches("\\d{10,}")) {
			return Instant.ofEpochMilli(Long.parseLong(text)).atOffset(ZoneOffset.UTC);
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new GhlMappingException(field + " is not a date-time: '" + text + "'", ex);
		}
	}

	public BigDecimal decimal(String field) {
		JsonNode value = this.node.path(field);
		if (value.isNumber()) {
			return value.decimalValue();
		}
		String text = text(field);
		try {
			return (text != null) ? new BigDecimal(text) : null;
		}
		catch (NumberFormatException ex) {
			throw new GhlMappingException(field + " is not a number: '" + text + "'", ex);
		}
	}

	public Integer integer(String field) {
		BigDecimal value = decimal(field);
		return (value != null) ? value.intValue() : null;
	}

	public boolean bool(String field) {
		JsonNode value = this.node.path(field);
		return value.isBoolean() ? value.asBoolean() : Boolean.parseBoolean(text(field));
	}

	/** @return the strings of an array field (a single string counts as one), empty when absent */
	public List<String> strings(String field) {
		JsonNode value = this.node.path(field);
		List<String> strings = new ArrayList<>();
		if (value.isArray()) {
			for (JsonNode item : value.values()) {
				if (!item.isNull() && !item.isContainer() && !item.asString().isBlank()) {
					strings.add(item.asString());
				}
			}
		}
		else if (text(field) != null) {
			strings.add(text(field));
		}
		return strings;
	}

	/** @return the field as JSON text (for jsonb columns), or null */
	public String json(String field) {
		JsonNode value = this.node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.toString();
	}

}
