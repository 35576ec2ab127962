package io.keystonebi.api.reports;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.generate.ReportGenerator;
import io.keystonebi.reports.render.Brandings;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.reports.render.ReportRenderers;

/** Makes a definition into a report for one audience, and renders it in the brokerage's branding. */
@Component
class ReportMaker {

	private final ReportGenerator generator;

	private final ReportRenderers renderers;

	private final Brandings brandings;

	private final ReportAudiences audiences;

	ReportMaker(ReportGenerator generator, ReportRenderers renderers, Brandings brandings, ReportAudiences audiences) {
		this.generator = generator;
		this.renderers = renderers;
		this.brandings = brandings;
		this.audiences = audiences;
	}

	/**
	 * @param definition what to make
	 * @param audience for whom
	 * @return the report, today, with no column the audience may not see
	 */
	GeneratedReport make(ReportDefinition definition, Audience audience) {
		// The generator neither computes the metrics nor keeps the columns the audience may not see.
		return this.generator.generate(definition, audience, this.audiences.today());
	}

	/** @return the report as a file of the format */
	byte[] render(ReportFormat format, GeneratedReport report) {
		return this.renderers.render(format, report, this.brandings.branding());
	}

}
