package io.keystonebi.reports.rows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.sql.rows.RowQuery;

/**
 * Reads a drill's filters into a {@link RowQuery}: every name must be known and apply to the row set, and every
 * value must parse; otherwise the request is refused naming the filter. The caller's scope is taken from the
 * context, never from the filters, so {@code agent} or {@code team} can only narrow it.
 */
final class RowFilters {

	private static final Map<RowSet, Set<String>> APPLIES = Map.of(
			RowSet.LEADS, Set.of("period", "date", "month", "quarter", "year", "week", "agent", "team", "source",
					"funnel_stage", "status", "temperature", "weekday", "hour", "contact"),
			RowSet.DEALS, Set.of("period", "date", "month", "quarter", "year", "week", "agent", "team", "source",
					"stage", "funnel_stage", "status", "property_type", "temperature", "weekday", "hour", "contact"),
			RowSet.SALES, Set.of("period", "date", "month", "quarter", "year", "week", "zipcode", "bedrooms",
					"weekday"));

	private static final Map<RowSet, List<String>> DATES = Map.of(RowSet.LEADS, List.of("created", "won"),
			RowSet.DEALS, List.of("created", "won", "lost", "closed", "open_at_end", "entered_stage"), RowSet.SALES,
			List.of("sold"));

	private static final List<String> FUNNEL_STAGES = List.of("lead", "contacted", "qualified", "proposal", "closed");

	private final RowSet set;

	private final FilterValues filters;

	private RowFilters(RowSet set, FilterValues filters) {
		this.set = set;
		this.filters = filters;
	}

	/**
	 * @return the query for those filters in the context's period and scope
	 * @throws InvalidReportParameterException naming the first filter that is unknown, does not apply or does not
	 * parse
	 */
	static RowQuery parse(RowSet set, Map<String, String> filters, PanelContext context, int fiscalYearStartMonth,
			int limit) {
		checkNames(set, filters);
		return new RowFilters(set, new FilterValues(filters)).query(context, fiscalYearStartMonth, limit);
	}

	private static void checkNames(RowSet set, Map<String, String> filters) {
		Set<String> known = new TreeSet<>();
		APPLIES.values().forEach(known::addAll);
		known.add("bedrooms");
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			if (!known.contains(filter.getKey())) {
				throw new InvalidReportParameterException(filter.getKey(), filter.getValue(),
						"no such filter; filters are " + String.join(", ", known));
			}
			if (!APPLIES.get(set).contains(filter.getKey())) {
				throw new InvalidReportParameterException(filter.getKey(), filter.getValue(),
						"does not apply to " + set.code());
			}
		}
	}

	private RowQuery query(PanelContext context, int fiscalYearStartMonth, int limit) {
		refuseTemperature();
		Window period = period(context);
		Window calendar = Window.calendar(this.filters, fiscalYearStartMonth);
		Window asked = (calendar != null) ? calendar : period;
		// A week narrows what was asked for without moving its end, as the charts by week count to the period's end.
		Window window = Window.week(this.filters, asked);
		boolean agentMissing = "(none)".equals(this.filters.text("agent"));
		String source = this.filters.text("source");
		boolean sourceMissing = "(none)".equals(source);
		Bedrooms bedrooms = Bedrooms.parse(this.filters);
		return new RowQuery(window.starts(), window.ends(), asked.ends(), date(), context.zone().getId(),
				context.scopeAll(), context.scopeUsers(), agentMissing ? null : this.filters.id("agent"), agentMissing,
				this.filters.id("team"), sourceMissing ? null : source, sourceMissing, this.filters.id("stage"),
				funnelStage(), status(), this.filters.id("property_type"), this.filters.text("zipcode"), bedrooms.min(),
				bedrooms.max(), bedrooms.missing(), this.filters.number("weekday", 1, 7),
				this.filters.number("hour", 0, 23), this.filters.id("contact"), limit);
	}

	private Window period(PanelContext context) {
		String period = this.filters.oneOf("period", List.of("current", "base"));
		if (!"base".equals(period)) {
			return Window.of(context.period());
		}
		if (context.base() == null) {
			throw this.filters.invalid("period", "there is no compared period (the comparison is with targets)");
		}
		return Window.of(context.base());
	}

	private String date() {
		List<String> dates = DATES.get(this.set);
		String date = this.filters.oneOf("date", dates);
		return (date != null) ? date : dates.get(0);
	}

	private String funnelStage() {
		return this.filters.oneOf("funnel_stage", FUNNEL_STAGES);
	}

	private String status() {
		if (this.set != RowSet.LEADS) {
			return this.filters.oneOf("status", List.of("open", "won", "lost", "abandoned"));
		}
		String status = this.filters.oneOf("status", List.of("won", "open", "none", "lost", "abandoned"));
		if ("lost".equals(status) || "abandoned".equals(status)) {
			throw this.filters.invalid("status", "a lead's status is won (converted), open (has an open "
					+ "opportunity) or none");
		}
		return (status == null) ? null : switch (status) {
			case "won" -> "converted";
			case "open" -> "open opportunity";
			default -> "none";
		};
	}

	private void refuseTemperature() {
		if (this.filters.has("temperature")) {
			throw this.filters.invalid("temperature", "the warehouse holds no engagement score yet, so no lead or "
					+ "deal can be told hot, warm or cold");
		}
	}

}
