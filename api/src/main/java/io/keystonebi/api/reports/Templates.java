package io.keystonebi.api.reports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.generate.BuiltInTemplates;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** The built-in report templates by the code requests name them with, e.g. {@code monthly_executive_pack}. */
@Component
class Templates {

	private final Map<String, ReportDefinition> byCode = new LinkedHashMap<>();

	Templates() {
		BuiltInTemplates.all().forEach((template) -> this.byCode.put(template.code(), template.definition()));
	}

	/** @return every template by its code, in the order the reports page lists them */
	Map<String, ReportDefinition> all() {
		return this.byCode;
	}

	/**
	 * @param code a template's code
	 * @param parameter the request field it came from
	 * @return the template
	 */
	ReportDefinition named(String code, String parameter) {
		ReportDefinition template = (code != null) ? this.byCode.get(code.strip()) : null;
		if (template == null) {
			throw new InvalidReportParameterException(parameter, String.valueOf(code),
					"expected one of " + String.join(", ", this.byCode.keySet()));
		}
		return template;
	}

}
