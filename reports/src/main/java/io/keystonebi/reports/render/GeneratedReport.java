package io.keystonebi.reports.render;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * A report made for one audience, ready to be rendered in any format.
 *
 * @param title the report's title
 * @param audience whose data it holds, as a person reads it, e.g. {@code Team East}
 * @param period the period covered
 * @param base the period its changes are measured against
 * @param zone the reporting time zone, in which the times below are shown
 * @param generatedAt when it was made
 * @param dataAsOf the newest data it reflects (the data's freshness), or null when the warehouse holds none
 * @param whatChanged plain sentences on the biggest movers against the base period, with the numbers; possibly
 * none
 * @param blocks its blocks, in order
 * @param definitions how each metric shown is counted, in plain words ({@code Revenue: sum of ...}), in the order
 * they first appear; possibly none
 */
public record GeneratedReport(String title, String audience, ReportingPeriod period, ReportingPeriod base,
		ZoneId zone, Instant generatedAt, Instant dataAsOf, List<String> whatChanged, List<ReportBlock> blocks,
		List<String> definitions) {

	public GeneratedReport {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(generatedAt, "generatedAt");
		whatChanged = List.copyOf(whatChanged);
		blocks = List.copyOf(blocks);
		definitions = (definitions != null) ? List.copyOf(definitions) : List.of();
	}

	/** A report without the definitions of its metrics. */
	public GeneratedReport(String title, String audience, ReportingPeriod period, ReportingPeriod base, ZoneId zone,
			Instant generatedAt, Instant dataAsOf, List<String> whatChanged, List<ReportBlock> blocks) {
		this(title, audience, period, base, zone, generatedAt, dataAsOf, whatChanged, blocks, List.of());
	}

	/** @return whether no block has a row: a schedule set to skip empty reports sends nothing */
	public boolean empty() {
		return this.blocks.stream().allMatch((block) -> block.panel().empty());
	}

}
