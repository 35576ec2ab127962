package io.keystonebi.sql.imports;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Economic series by month (public figures, e.g. the 30-year mortgage rate), by series and month; the market page
 * reads them through {@link io.keystonebi.sql.market.EconomicIndicatorsSql}.
 */
@UseClasspathSqlLocator
@AllowUnusedBindings
@RegisterConstructorMapper(Rejection.class)
public interface EconomicIndicatorsSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@SqlQuery
	List<Rejection> rejectLongSeries();

	@Override
	default List<Rejection> rejectUnknownReferences(long locationId) {
		return rejectLongSeries();
	}

	@Override
	@SqlUpdate
	int merge(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

}
