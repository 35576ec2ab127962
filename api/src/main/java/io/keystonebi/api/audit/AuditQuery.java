package io.keystonebi.api.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.keystonebi.api.web.InvalidRequestParameterException;

/**
 * A search of the audit log, from request parameters shared by the API and the page. Blank parameters count as
 * absent (an empty form field); anything else is checked, and the first bad parameter is refused by name.
 *
 * @param actor a username, any case, or null
 * @param action an action, or the start of one up to a dot ({@code sign_in} finds {@code sign_in.failed}), or null
 * @param from the earliest time, inclusive, or null
 * @param to the latest time, exclusive, or null
 * @param text text to find anywhere in an entry, or null
 * @param beforeId only entries older than this one (the next page), or null
 * @param limit the most entries to return
 */
record AuditQuery(String actor, String action, OffsetDateTime from, OffsetDateTime to, String text, Long beforeId,
		int limit) {

	/** The parameters a search takes. */
	static final Set<String> PARAMETERS = Set.of("actor", "action", "from", "to", "q", "limit", "before_id");

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private static final Pattern ACTION = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

	/**
	 * @param parameters the request's parameters
	 * @return the search
	 * @throws InvalidRequestParameterException naming the first parameter that is unknown, repeated or invalid
	 */
	static AuditQuery parse(Map<String, List<String>> parameters) {
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (!PARAMETERS.contains(name)) {
				throw new InvalidRequestParameterException(name, String.join(",", parameter.getValue()), "'" + name
						+ "' is not a parameter of the audit search; it takes actor, action, from, to, q, limit "
						+ "and before_id.");
			}
			if (parameter.getValue().size() > 1) {
				throw new InvalidRequestParameterException(name, String.join(",", parameter.getValue()),
						name + " may be given once.");
			}
		}
		String actor = text(parameters, "actor", 64);
		String action = value(parameters, "action");
		if (action != null && (action.length() > 64 || !ACTION.matcher(action).matches())) {
			throw new InvalidRequestParameterException("action", action, "action must be an action such as "
					+ "data.read or sign_in.failed, or its first part such as sign_in; got '" + action + "'.");
		}
		OffsetDateTime from = time(parameters, "from", false);
		OffsetDateTime to = time(parameters, "to", true);
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidRequestParameterException("to", value(parameters, "to"), "to must be after from ('"
					+ value(parameters, "from") + "'); got '" + value(parameters, "to") + "'.");
		}
		return new AuditQuery(actor, action, from, to, text(parameters, "q", 200), beforeId(parameters),
				limit(parameters));
	}

	private static String value(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
			return null;
		}
		return values.get(0).trim();
	}

	private static String text(Map<String, List<String>> parameters, String name, int max) {
		String value = value(parameters, name);
		if (value != null && value.length() > max) {
			throw new InvalidRequestParameterException(name, value, name + " may be at most " + max
					+ " characters; got " + value.length() + ".");
		}
		return value;
	}

	// A date is a whole UTC day: from its start, or (for "to") up to the end of it.
	private static OffsetDateTime time(Map<String, List<String>> parameters, String name, boolean end) {
		String value = value(parameters, name);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (end ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestParameterException(name, value, name + " must be a date (2026-03-01) or a time "
					+ "with its offset (2026-03-01T09:30:00Z); got '" + value + "'.");
		}
	}

	private static Long beforeId(Map<String, List<String>> parameters) {
		String value = value(parameters, "before_id");
		if (value == null) {
			return null;
		}
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below.
		}
		throw new InvalidRequestParameterException("before_id", value, "before_id must be an entry id, a whole "
				+ "number above 0; got '" + value + "'.");
	}

	private static int limit(Map<String, List<String>> parameters) {
		String value = value(parameters, "limit");
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below.
		}
		throw new InvalidRequestParameterException("limit", value, "limit must be a whole number from 1 to "
				+ MAX_LIMIT + "; got '" + value + "'.");
	}

}
