package io.keystonebi.reports.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.dashboard.DashboardQueries;
import io.keystonebi.sql.dashboard.LocationRow;

/** Computes any dashboard page's panels for a period and scope, on one connection. */
public class PanelService {

	private final Jdbi jdbi;

	private final ReportsProperties properties;

	private final Clock clock;

	private final Map<String, PanelSource> sources;

	PanelService(Jdbi jdbi, ReportsProperties properties, Clock clock, List<PanelSource> sources) {
		this.jdbi = jdbi;
		this.properties = properties;
		this.clock = clock;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(PanelSource::page, Function.identity()));
	}

	/** @return the names of the pages there are panels for */
	public java.util.Set<String> pages() {
		return this.sources.keySet();
	}

	/**
	 * @param page the page's name
	 * @param request the period and comparison
	 * @param scope whose data counts
	 * @param today the day relative ranges end on (today in the reporting zone), or null to take it now
	 * @return the page
	 * @throws InvalidReportParameterException for an unknown page or an unusable period
	 */
	public PanelPage page(String page, SummaryRequest request, DataScope scope, LocalDate today) {
		PanelSource source = this.sources.get(page);
		if (source == null) {
			throw new InvalidReportParameterException("page", page, "expected one of " + pagesText());
		}
		return this.jdbi.withHandle((handle) -> {
			PanelContext context = context(handle, request, scope, today);
			return PanelPage.of(page, context, source.panels(handle, context));
		});
	}

	/**
	 * @param handle an open connection
	 * @param request the period and comparison
	 * @param scope whose data counts
	 * @param today the day relative ranges end on, or null to take it now in the reporting zone
	 * @return the context panels are computed in
	 */
	public PanelContext context(Handle handle, SummaryRequest request, DataScope scope, LocalDate today) {
		List<LocationRow> locations = handle.attach(DashboardQueries.class).locations();
		ZoneId zone = locations.isEmpty() ? ZoneOffset.UTC : ZoneId.of(locations.get(0).timezone());
		LocalDate day = (today != null) ? today : LocalDate.now(this.clock.withZone(zone));
		ReportingPeriod period = request.resolve(day, this.properties);
		Instant dataAsOf = locations.stream().map(LocationRow::dataAsOf).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
		return new PanelContext(period, request.basePeriod(period), day, zone, scope, dataAsOf);
	}

	private String pagesText() {
		return this.sources.keySet().stream().sorted().collect(Collectors.joining(", "));
	}

}
