package io.keystonebi.api.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import io.keystonebi.sql.audit.NewAuditEntry;

/**
 * Builds audit entries that the database will take and that hold no secret: text is cut to a sane length and
 * stripped of control characters (PostgreSQL refuses NUL), and any detail or query parameter whose name suggests
 * a credential or contact details keeps its name but loses its value.
 */
final class AuditEntries {

	static final String REDACTED = "[redacted]";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SENSITIVE = Pattern.compile(
			"(?i).*(password|passwd|secret|token|authorization|cookie|session|key|signature|code|email|phone).*");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final int MAX_TEXT = 1000;

	private AuditEntries() {
	}

	/**
	 * @param at when it happened
	 * @param actor who did it, or null
	 * @param action what happened
	 * @param resource what it happened to, or null
	 * @param scope the data scope key, or null
	 * @param detail anything else; cleaned here
	 * @param request the request it happened in
	 * @return the entry
	 */
	static NewAuditEntry entry(Instant at, Actor actor, String action, String resource, String scope,
			Map<String, ?> detail, RequestFacts request) {
		Actor who = (actor != null) ? actor : Actor.NOBODY;
		return new NewAuditEntry(at.atOffset(ZoneOffset.UTC), who.accountId(), clip(who.username(), 64),
				clip(who.role(), 32), clip(action, 64), clip(resource, MAX_TEXT), clip(scope, 200), json(detail),
				clip(request.requestId(), 64), clip(request.clientAddress(), 64));
	}

	/** @return the detail as a JSON object, cleaned */
	static String json(Map<String, ?> detail) {
		return JSON.writeValueAsString((detail == null) ? Map.of() : clean(detail));
	}

	/** @return the text without control characters, at most {@code max} characters, or null for null */
	static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String plain = CONTROL.matcher(text).replaceAll("");
		return (plain.length() <= max) ? plain : plain.substring(0, max);
	}

	/**
	 * @param query a raw query string, or null
	 * @return it with the values of sensitive parameters replaced, cut to length; null for none
	 */
	static String redactQuery(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		List<String> pairs = new ArrayList<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			pairs.add((equals >= 0 && SENSITIVE.matcher(name).matches()) ? name + "=" + REDACTED : pair);
		}
		return clip(String.join("&", pairs), MAX_TEXT);
	}

	private static Map<String, Object> clean(Map<String, ?> detail) {
		Map<String, Object> cleaned = new LinkedHashMap<>();
		detail.forEach((key, value) -> cleaned.put(clip(key, 64),
				SENSITIVE.matcher(key).matches() ? REDACTED : cleanValue(value)));
		return cleaned;
	}

	private static Object cleanValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> nested = new LinkedHashMap<>();
			map.forEach((key, inner) -> nested.put(String.valueOf(key), inner));
			return clean(nested);
		}
		if (value instanceof Iterable<?> items) {
			List<Object> list = new ArrayList<>();
			items.forEach((item) -> list.add(cleanValue(item)));
			return list;
		}
		if (value instanceof Number || value instanceof Boolean || value == null) {
			return value;
		}
		return clip(value.toString(), MAX_TEXT);
	}

	/**
	 * Who acted.
	 *
	 * @param accountId the account, or null
	 * @param username its username, or null
	 * @param role its role id, or null
	 */
	record Actor(Long accountId, String username, String role) {

		static final Actor NOBODY = new Actor(null, null, null);

	}

}
