package io.keystonebi.sql.imports;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Contacts (leads and customers); tags are separated by semicolons, attribution fields form a JSON object. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Rejection.class)
public interface ContactsSql extends TargetSql {

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
