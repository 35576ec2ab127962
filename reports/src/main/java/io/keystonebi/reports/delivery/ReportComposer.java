package io.keystonebi.reports.delivery;

import java.time.LocalDate;
import java.util.Set;

import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.render.ReportFormat;

/** Makes a report for one audience and renders it in the formats a schedule attaches. */
public interface ReportComposer {

	/**
	 * @param definition what the report holds
	 * @param audience whose data, with what hidden
	 * @param runDay the run's local day, from which the definition's range gives the period
	 * @param formats the files wanted
	 * @return the report and one file per format
	 * @throws RuntimeException when the report cannot be made (a bad definition, a metric that fails); the
	 * delivery is then failed with the exception's message
	 */
	ComposedReport compose(ReportDefinition definition, Audience audience, LocalDate runDay, Set<ReportFormat> formats);

}
