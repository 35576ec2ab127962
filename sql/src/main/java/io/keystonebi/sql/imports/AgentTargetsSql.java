package io.keystonebi.sql.imports;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Monthly revenue targets per agent; the month is any day of it. */
@UseClasspathSqlLocator
@AllowUnusedBindings
@RegisterConstructorMapper(Rejection.class)
public interface AgentTargetsSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@SqlQuery
	List<Rejection> rejectUnknownAgents(@Bind("locationId") long locationId);

	@Override
	default List<Rejection> rejectUnknownReferences(long locationId) {
		return rejectUnknownAgents(locationId);
	}

	@Override
	@SqlUpdate
	int merge(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

}
