package io.keystonebi.reports.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/**
 * Renders a small made-up report once, in the background, when the application is ready: the first render of a
 * JVM loads the template, the fonts and the chart and PDF libraries (seconds on a small machine), and that should
 * not be the wait of the first person who asks for a report, or of the first scheduled e-mail.
 */
@Component
class RendererWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(RendererWarmUp.class);

	private final ReportRenderers renderers;

	private final Brandings brandings;

	RendererWarmUp(ReportRenderers renderers, Brandings brandings) {
		this.renderers = renderers;
		this.brandings = brandings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread thread = new Thread(this::render, "report-renderer-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void render() {
		long started = System.nanoTime();
		try {
			GeneratedReport report = sample();
			for (ReportFormat format : ReportFormat.values()) {
				this.renderers.render(format, report, this.brandings.branding());
			}
			logger.debug("Report renderers warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// The first real report then pays the start-up, and says what fails if it still does.
			logger.warn("Warming up the report renderers failed: {}", ex.getMessage());
		}
	}

	static GeneratedReport sample() {
		List<Column> columns = List.of(Column.of("month", "Month", Unit.MONTH), Column.of("revenue", "Revenue",
				Unit.MONEY), Column.of("deals_won", "Deals won", Unit.COUNT));
		Panel byMonth = Panel.of("warm_up", "Revenue by month", "", ChartType.BAR, columns,
				List.of(List.of("2026-01", 100000, 2), List.of("2026-02", 150000, 3)));
		Panel headline = Panel.of("headline", "Headline", "", ChartType.TABLE,
				List.of(Column.of("period", "Period", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY)),
				List.of(List.of("current", 150000), List.of("previous", 100000)));
		return new GeneratedReport("Warm-up", "Nobody", new ReportingPeriod(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 1)), new ReportingPeriod(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 1)),
				ZoneOffset.UTC, Instant.EPOCH, Instant.EPOCH, List.of("Revenue rose 50.0%."),
				List.of(new ReportBlock("Headline", BlockView.KPI, headline),
						new ReportBlock("Revenue by month", BlockView.BAR, byMonth),
						new ReportBlock("Revenue by month", BlockView.LINE, byMonth)),
				List.of("Revenue: the won deals' value."));
	}

}
