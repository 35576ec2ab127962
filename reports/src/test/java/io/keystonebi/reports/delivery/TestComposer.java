package io.keystonebi.reports.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportBlock;
import io.keystonebi.reports.render.ReportFormat;

/**
 * A small real report for the delivery mechanics: one block whose row names the audience's scope and holds the
 * revenue the test sets, attached as CSV; an empty block when the test says so.
 */
public final class TestComposer implements ReportComposer {

	/** The revenue the next reports show. */
	public volatile BigDecimal revenue = new BigDecimal("1000");

	/** Whether the next reports have no rows. */
	public volatile boolean empty;

	/** How many reports were made. */
	public final AtomicInteger made = new AtomicInteger();

	@Override
	public ComposedReport compose(ReportDefinition definition, Audience audience, LocalDate runDay,
			Set<ReportFormat> formats) {
		this.made.incrementAndGet();
		ReportingPeriod period = definition.range().resolve(runDay, definition.from(), definition.to());
		List<List<Object>> rows = this.empty ? List.of() : List.of(List.of(audience.scope().key(), this.revenue));
		Panel panel = Panel.of("revenue", "Revenue", "Revenue won in the period", ChartType.BAR,
				List.of(Column.of("scope", "Scope", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY)), rows);
		GeneratedReport report = new GeneratedReport(definition.title(), audience.label(), period,
				definition.range().comparedWith(period), ZoneId.of("America/New_York"), Instant.now(),
				Instant.parse("2026-03-17T14:05:00Z"), List.of("Revenue rose 10% to 1,000."),
				List.of(new ReportBlock("Revenue", BlockView.KPI, panel)));
		StringBuilder csv = new StringBuilder("scope,revenue\n");
		rows.forEach((row) -> csv.append(row.get(0)).append(',').append(row.get(1)).append('\n'));
		Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
		formats.forEach((format) -> files.put(format, csv.toString().getBytes(StandardCharsets.UTF_8)));
		return new ComposedReport(report, files);
	}

}
