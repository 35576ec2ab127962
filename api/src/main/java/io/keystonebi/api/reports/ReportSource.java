package io.keystonebi.api.reports;

import io.keystonebi.reports.definition.ReportDefinition;

/**
 * What a file is made from.
 *
 * @param definition the definition to make
 * @param definitionId the saved definition it is, or null for a definition sent in the request or a template
 */
record ReportSource(ReportDefinition definition, Long definitionId) {
}
