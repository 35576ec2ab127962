package io.keystonebi.sql.imports;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Import runs, their quarantined rows, and the locations imports load into. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ImportRun.class)
@RegisterConstructorMapper(QuarantinedRow.class)
@RegisterConstructorMapper(ImportRunsSql.LocationRow.class)
public interface ImportRunsSql {

	/**
	 * A location's id and time zone.
	 *
	 * @param id its id
	 * @param timezone its IANA time zone
	 */
	record LocationRow(long id, String timezone) {
	}

	@SqlQuery
	long create(@Bind("fileName") String fileName, @Bind("mappingName") String mappingName,
			@Bind("target") String target);

	@SqlUpdate
	void started(@Bind("runId") long runId, @Bind("jobExecutionId") long jobExecutionId);

	@SqlUpdate
	void finished(@Bind("runId") long runId, @Bind("status") String status, @Bind("message") String message);

	/**
	 * Refreshes the planner's statistics of every table an import writes. After a bulk load they describe the empty
	 * or much smaller tables until autovacuum comes round, and the reports' statements are planned badly meanwhile.
	 */
	@SqlUpdate
	void analyzeWarehouse();

	@SqlQuery
	Optional<ImportRun> find(@Bind("runId") long runId);

	@SqlQuery
	List<QuarantinedRow> quarantine(@Bind("runId") long runId, @Bind("offset") long offset, @Bind("limit") int limit);

	@SqlQuery
	LocationRow mergeLocation(@Bind("sourceId") String sourceId, @Bind("name") String name,
			@Bind("timezone") String timezone);

	@SqlQuery
	Optional<LocationRow> findLocation(@Bind("sourceId") String sourceId);

}
