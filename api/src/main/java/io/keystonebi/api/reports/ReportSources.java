package io.keystonebi.api.reports;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * Reads what a generate request asks to make: a definition sent with it, a saved definition the caller may read,
 * or a built-in template; exactly one of the three.
 */
@Component
class ReportSources {

	private final SavedDefinitions saved;

	private final Templates templates;

	private final DefinitionChecks checks;

	ReportSources(SavedDefinitions saved, Templates templates, DefinitionChecks checks) {
		this.saved = saved;
		this.templates = templates;
		this.checks = checks;
	}

	/**
	 * @param caller who asks
	 * @param body {@code {"definition": {...}}}, {@code {"definition_id": 12}} or {@code {"template": "..."}}
	 * @return what to make
	 */
	ReportSource of(Caller caller, JsonNode body) {
		JsonNode definition = body.get("definition");
		JsonNode id = body.get("definition_id");
		JsonNode template = body.get("template");
		int given = present(definition) + present(id) + present(template);
		if (given != 1) {
			throw new InvalidReportParameterException("definition", given + " sources",
					"give exactly one of definition, definition_id and template");
		}
		if (present(definition) == 1) {
			return new ReportSource(this.checks.check(DefinitionJson.read(definition)), null);
		}
		if (present(id) == 1) {
			if (!id.canConvertToLong()) {
				throw new InvalidReportParameterException("definition_id", id.toString(), "expected a whole number");
			}
			return new ReportSource(this.saved.read(caller, id.asLong()).definition(), id.asLong());
		}
		return new ReportSource(this.templates.named(template.isString() ? template.asString() : template.toString(),
				"template"), null);
	}

	private static int present(JsonNode node) {
		return (node == null || node.isNull()) ? 0 : 1;
	}

}
