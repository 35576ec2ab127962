package io.keystonebi.sql.imports;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Agents into {@code users}, with their offices and teams. A manager becomes a user who is not an agent and
 * leads the team named after them (unless the row names a team).
 */
@UseClasspathSqlLocator
public interface AgentsSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@SqlUpdate
	void mergeOffices(@Bind("locationId") long locationId);

	@SqlUpdate
	void mergeManagers(@Bind("locationId") long locationId);

	@SqlUpdate
	void mergeTeams(@Bind("locationId") long locationId);

	@SqlUpdate
	int mergeUsers(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

	@SqlUpdate
	void assignManagersToTheirTeams(@Bind("locationId") long locationId);

	@Override
	default int merge(long locationId, String timezone) {
		mergeOffices(locationId);
		mergeManagers(locationId);
		mergeTeams(locationId);
		int merged = mergeUsers(locationId, timezone);
		assignManagersToTheirTeams(locationId);
		return merged;
	}

}
