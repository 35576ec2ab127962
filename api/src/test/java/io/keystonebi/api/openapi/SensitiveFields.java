package io.keystonebi.api.openapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.keystonebi.api.security.Role;

/**
 * Finds fields in a JSON answer that a role must not be shown, by their names: so a field added to any response
 * later is caught without anyone listing it. Names are matched by whole snake_case words, so
 * {@code contact_email} and {@code email} are personal data but {@code emailed_reports} is not.
 */
final class SensitiveFields {

	/** What kind of data a field holds. */
	enum Category {

		/** Data about a person other than the caller: how to reach them, what they wrote, who they are. */
		PERSONAL("(^|_)(e?mails?|phones?|mobile|address(es)?|address1|address2|street|postcode|postal_code|zip|"
				+ "birth|birthday|dob|date_of_birth|ssn|body|bodies|messages?|notes?|payload|attachments?)(_|$)"
				+ "|^(first|last|full|contact|lead|customer)_name$"),

		/** What an agent earns. */
		COMMISSION("(^|_)(commissions?|gci|splits?|payouts?|earnings)(_|$)"),

		/** Credentials, which no answer should ever carry beyond the tokens the token endpoint issues. */
		SECRET("(^|_)(passwords?|secrets?|hash|password_hash|signing_key|private_key)(_|$)");

		private final Pattern names;

		Category(String names) {
			this.names = Pattern.compile(names);
		}

		boolean matches(String field) {
			return this.names.matcher(field).find();
		}

	}

	/**
	 * Fields whose names look sensitive but whose values the application writes itself, by operation and JSON
	 * path, each with the reason. Administrators may see personal data and commission, so their operations are
	 * here only for names that look like credentials.
	 */
	private static final Map<String, String> NOT_SENSITIVE = Map.of(
			"GET /api/v1/dashboard/summary $.alerts[*].message",
			"an alert about a KPI, worded by the application from figures",
			"GET /api/v1/dashboard/summary $.notes",
			"caveats about how the figures were computed, worded by the application",
			"GET /api/v1/admin/audit $.entries[*].hash",
			"an entry's link in the audit log's hash chain (SHA-256 of its contents), which proves it unchanged and "
					+ "opens nothing",
			"GET /api/v1/admin/audit $.entries[*].prev_hash", "the previous entry's link in the hash chain",
			"GET /api/v1/admin/audit/verify $.last_hash",
			"the newest link in the hash chain, given out to be written down elsewhere",
			"POST /api/v1/admin/users $.password",
			"a password the application made up for the new account, shown once to the administrator who made it",
			"POST /api/v1/admin/users/{id}/password $.password",
			"a password the application made up in a reset, shown once to the administrator who asked for it");

	private SensitiveFields() {
	}

	/**
	 * @param role the caller's role, or null when not signed in
	 * @return what the role must never be shown: a viewer sees figures, never personal data or commission;
	 * agents and managers see the personal data of their own scope only, which the foreign-object checks enforce
	 */
	static Set<Category> forbiddenFor(Role role) {
		return (role == null || role == Role.VIEWER) ? EnumSet.allOf(Category.class) : EnumSet.of(Category.SECRET);
	}

	/**
	 * @param operation e.g. {@code GET /api/v1/dashboard/summary}
	 * @param body the answer
	 * @param forbidden the categories not allowed
	 * @return every offending field as {@code $.path (category)}
	 */
	static List<String> find(String operation, JsonNode body, Set<Category> forbidden) {
		List<String> found = new ArrayList<>();
		walk(operation, "$", body, forbidden, found);
		return found;
	}

	private static void walk(String operation, String path, JsonNode node, Set<Category> forbidden,
			List<String> found) {
		if (node.isArray()) {
			node.forEach((item) -> walk(operation, path + "[*]", item, forbidden, found));
		}
		else if (node.isObject()) {
			node.forEachEntry((field, value) -> {
				String fieldPath = path + "." + field;
				for (Category category : forbidden) {
					if (category.matches(field) && !NOT_SENSITIVE.containsKey(operation + " " + fieldPath)
							&& !found.contains(fieldPath + " (" + category + ")")) {
						found.add(fieldPath + " (" + category + ")");
					}
				}
				walk(operation, fieldPath, value, forbidden, found);
			});
		}
	}

}
