package io.keystonebi.api.reports;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.reports.FilterValueRow;
import io.keystonebi.sql.reports.FilterValuesQueries;

/**
 * The values a report block's filter offers for a dimension, within the caller's data scope, so the builder
 * offers names where a definition stores ids. A period is not filtered by: a report's range chooses its days.
 */
@Component
class FilterValues {

	/** Enough for every agent of a large brokerage; a list longer than this is no longer a list to choose from. */
	static final int LIMIT = 500;

	private final Jdbi jdbi;

	FilterValues(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param code a dimension's code, e.g. {@code agent}
	 * @param scope whose data the caller sees
	 * @return the values and their labels, sorted by label
	 * @throws InvalidReportParameterException when the code names no dimension, or a period
	 */
	List<FilterValueRow> of(String code, DataScope scope) {
		Dimension dimension = Dimension.parse(code, "dimension");
		boolean all = scope.whole();
		long[] users = scope.userIds();
		return this.jdbi.withExtension(FilterValuesQueries.class, (sql) -> switch (dimension) {
			case AGENT -> sql.agents(all, users, LIMIT);
			case TEAM -> sql.teams(all, users, LIMIT);
			case OFFICE -> sql.offices(all, users, LIMIT);
			case SOURCE -> sql.sources(all, users, LIMIT);
			case STAGE -> sql.stages(LIMIT);
			case PROPERTY_TYPE -> sql.propertyTypes(LIMIT);
			case ZIPCODE -> sql.zipcodes(all, users, LIMIT);
			case DAY, WEEK, MONTH, QUARTER -> throw new InvalidReportParameterException("dimension", code,
					"a period is not filtered by; expected one of agent, team, office, source, stage, "
							+ "property_type, zipcode");
		});
	}

}
