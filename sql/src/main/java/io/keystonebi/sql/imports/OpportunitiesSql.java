package io.keystonebi.sql.imports;

import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Opportunities with their pipeline (created by name when new), stage, status dates and stage history. The
 * pipeline's stages come from the mapping ({@link #mergeStage}); a row naming another stage is rejected.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Rejection.class)
public interface OpportunitiesSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@SqlUpdate
	void mergePipeline(@Bind("locationId") long locationId, @Bind("name") String name);

	@SqlUpdate
	void mergeStage(@Bind("locationId") long locationId, @Bind("pipeline") String pipeline, @Bind("name") String name,
			@Bind("position") int position, @Bind("funnelStage") String funnelStage,
			@Bind("winProbability") java.math.BigDecimal winProbability);

	@SqlUpdate
	void mergePipelines(@Bind("locationId") long locationId);

	@SqlQuery
	List<Rejection> rejectUnknownAgents(@Bind("locationId") long locationId);

	@SqlQuery
	List<Rejection> rejectUnknownContacts(@Bind("locationId") long locationId);

	@SqlQuery
	List<Rejection> rejectUnknownPropertyTypes(@Bind("locationId") long locationId);

	@SqlQuery
	List<Rejection> rejectUnknownStages(@Bind("locationId") long locationId);

	@SqlQuery
	int mergeOpportunities(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

	@Override
	default List<Rejection> rejectUnknownReferences(long locationId) {
		mergePipelines(locationId);
		List<Rejection> rejected = new ArrayList<>(rejectUnknownAgents(locationId));
		rejected.addAll(rejectUnknownContacts(locationId));
		rejected.addAll(rejectUnknownPropertyTypes(locationId));
		rejected.addAll(rejectUnknownStages(locationId));
		return rejected;
	}

	@Override
	default int merge(long locationId, String timezone) {
		return mergeOpportunities(locationId, timezone);
	}

}
