package io.keystonebi.reports.delivery;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.generate.ReportGenerator;
import io.keystonebi.reports.render.Branding;
import io.keystonebi.reports.render.Brandings;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.reports.render.ReportRenderers;

/** Makes a report from the warehouse for one audience and renders it, in the brokerage's branding. */
@Component
public class RenderingComposer implements ReportComposer {

	private final ReportGenerator generator;

	private final ReportRenderers renderers;

	private final Brandings brandings;

	public RenderingComposer(ReportGenerator generator, ReportRenderers renderers, Brandings brandings) {
		this.generator = generator;
		this.renderers = renderers;
		this.brandings = brandings;
	}

	@Override
	public ComposedReport compose(ReportDefinition definition, Audience audience, LocalDate runDay,
			Set<ReportFormat> formats) {
		GeneratedReport report = this.generator.generate(definition, audience, runDay);
		Branding branding = this.brandings.branding();
		Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
		for (ReportFormat format : formats) {
			files.put(format, this.renderers.render(format, report, branding));
		}
		return new ComposedReport(report, files);
	}

}
