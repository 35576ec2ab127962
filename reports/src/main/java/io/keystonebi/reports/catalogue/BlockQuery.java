package io.keystonebi.reports.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.ReportsProperties.Commission.DealValue;
import io.keystonebi.reports.catalogue.BlockPanels.Keyed;
import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.catalogue.CatalogueQueries;
import io.keystonebi.sql.catalogue.CatalogueQuery;
import io.keystonebi.sql.catalogue.KeyLabelRow;

/**
 * Computes one report block within a data scope: each fact family its metrics need is read by one statement, on one
 * connection, and the metrics follow from the families' partial figures per key.
 */
@Component
public class BlockQuery {

	// The one metric that needs the stages' win probabilities.
	private static final String WEIGHTED = "weighted_pipeline_value";

	private final Jdbi jdbi;

	private final MetricCatalogue catalogue;

	private final ReportsProperties.Commission commission;

	BlockQuery(Jdbi jdbi, MetricCatalogue catalogue, ReportsProperties properties) {
		this.jdbi = jdbi;
		this.catalogue = catalogue;
		this.commission = properties.commission();
	}

	/**
	 * Checks a block without reading anything.
	 * @param block the block
	 * @throws InvalidReportParameterException naming the unknown metric, the unsupported dimension or filter, or
	 * the view that needs another dimension
	 */
	public void validate(BlockDefinition block) {
		BlockValidation.check(block, this.catalogue);
	}

	/**
	 * @param block what to compute
	 * @param period the period covered
	 * @param base the period a {@link BlockView#KPI} block's {@code previous} row covers (ignored by other views)
	 * @param scope whose records count
	 * @return the block's panel: for a KPI block the rows {@code current} and {@code previous}, otherwise one row per
	 * dimension value (every bucket of a period dimension, in order; other values largest first by the first
	 * metric, cut to the block's limit)
	 * @throws InvalidReportParameterException when the block is not valid
	 */
	public Panel compute(BlockDefinition block, ReportingPeriod period, ReportingPeriod base, DataScope scope) {
		List<Definition> definitions = BlockValidation.check(block, this.catalogue);
		Set<Family> families = EnumSet.noneOf(Family.class);
		definitions.forEach((definition) -> families.addAll(definition.families()));
		CatalogueQuery query = query(block, period, scope,
				definitions.stream().anyMatch((definition) -> definition.metric().code().equals(WEIGHTED)));
		return this.jdbi.withHandle((handle) -> {
			CatalogueQueries queries = handle.attach(CatalogueQueries.class);
			if (block.view() == BlockView.KPI) {
				Figures current = total(FamilyReader.read(queries, query, families));
				Figures previous = total(FamilyReader.read(queries, query.over(base.from(), base.to()), families));
				return BlockPanels.kpi(block, definitions, current, previous);
			}
			Map<String, Figures> figures = FamilyReader.read(queries, query, families);
			return BlockPanels.breakdown(block, definitions, keys(queries, block, period, figures, definitions));
		});
	}

	private List<Keyed> keys(CatalogueQueries queries, BlockDefinition block, ReportingPeriod period,
			Map<String, Figures> figures, List<Definition> definitions) {
		Dimension dimension = block.dimension();
		if (dimension.period()) {
			return PeriodKeys.buckets(dimension, period).stream()
				.map((key) -> new Keyed(PeriodKeys.value(dimension, key), PeriodKeys.label(dimension, key),
						figures.getOrDefault(key, new Figures())))
				.toList();
		}
		Map<String, String> labels = new HashMap<>();
		for (KeyLabelRow row : queries.labels(dimension.code(), figures.keySet().toArray(String[]::new))) {
			labels.put(row.key(), row.label());
		}
		List<Keyed> keys = new ArrayList<>();
		figures.forEach((key, keyFigures) -> keys.add(new Keyed(keyValue(dimension, key),
				labels.getOrDefault(key, String.valueOf(key)), keyFigures)));
		return BlockPanels.ranked(keys, definitions.get(0), block.limit());
	}

	private static Object keyValue(Dimension dimension, String key) {
		return switch (dimension) {
			case AGENT, TEAM, OFFICE, STAGE, PROPERTY_TYPE -> (key != null) ? Long.valueOf(key) : null;
			default -> key;
		};
	}

	private static Figures total(Map<String, Figures> figures) {
		return figures.getOrDefault("total", new Figures());
	}

	private CatalogueQuery query(BlockDefinition block, ReportingPeriod period, DataScope scope, boolean weighted) {
		Map<Dimension, List<String>> filters = block.filters();
		return new CatalogueQuery(period.from(), period.to(),
				(block.dimension() != null) ? block.dimension().code() : "total", scope.whole(), scope.userIds(),
				ids(filters, Dimension.AGENT), ids(filters, Dimension.TEAM), ids(filters, Dimension.OFFICE),
				texts(filters, Dimension.SOURCE), ids(filters, Dimension.STAGE), ids(filters, Dimension.PROPERTY_TYPE),
				texts(filters, Dimension.ZIPCODE), this.commission.valueIs() == DealValue.SALE_PRICE,
				this.commission.rate(), weighted);
	}

	private static long[] ids(Map<Dimension, List<String>> filters, Dimension dimension) {
		List<String> values = filters.get(dimension);
		if (values == null) {
			return null;
		}
		long[] ids = new long[values.size()];
		for (int i = 0; i < ids.length; i++) {
			try {
				ids[i] = Long.parseLong(values.get(i).strip());
			}
			catch (NumberFormatException | NullPointerException ex) {
				throw new InvalidReportParameterException("filters." + dimension.code(), String.valueOf(values.get(i)),
						"expected a numeric " + dimension.label().toLowerCase(java.util.Locale.ROOT) + " id");
			}
		}
		return ids;
	}

	private static String[] texts(Map<Dimension, List<String>> filters, Dimension dimension) {
		List<String> values = filters.get(dimension);
		return (values != null) ? values.stream().map(String::strip).toArray(String[]::new) : null;
	}

}
