package io.keystonebi.reports.generate;

import java.util.Objects;

import io.keystonebi.reports.definition.ReportDefinition;

/**
 * A report definition that comes with the product, ready to schedule or copy.
 *
 * @param code its stable name, e.g. {@code monthly_executive_pack}
 * @param description what it is for, in a sentence
 * @param definition what it holds
 */
public record ReportTemplate(String code, String description, ReportDefinition definition) {

	public ReportTemplate {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(definition, "definition");
	}

}
