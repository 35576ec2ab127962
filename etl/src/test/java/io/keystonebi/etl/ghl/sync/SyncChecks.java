package io.keystonebi.etl.ghl.sync;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

import io.keystonebi.sql.test.Decrypted;

/** Reads of the warehouse the sync tests check, independent of the code under test. */
@UseClasspathSqlLocator
interface SyncChecks {

	/**
	 * @return every row of a table keyed by (location_id, source_id) for the location, by source id, its personal
	 * data decrypted
	 */
	default List<Map<String, Object>> rows(String table, String location) {
		return storedRows(table, location).stream().map(Decrypted::row).toList();
	}

	/** @return the rows as stored: personal data encrypted */
	@SqlQuery("rows")
	@UseRowMapper(MapMapper.class)
	List<Map<String, Object>> storedRows(@Define("table") String table, @Bind("location") String location);

	/** @return the location's pipeline stages as "pipeline source id/position/stage name" */
	@SqlQuery
	List<String> stages(@Bind("location") String location);

	/** @return the location's pipeline stages as "pipeline id/stage id name @position", " deleted" when they are */
	@SqlQuery
	List<String> stageStates(@Bind("location") String location);

	/** @return the location's custom field values as {@link #customValues} does, " deleted" when they are */
	@SqlQuery
	List<String> customValueStates(@Bind("location") String location);

	/** @return the location's stage and status history as "opportunity: stage or status @ time" */
	@SqlQuery
	List<String> history(@Bind("location") String location);

	/** @return the location's custom field values as "object type object source id field source id = value" */
	@SqlQuery
	List<String> customValues(@Bind("location") String location);

	@SqlQuery
	@UseRowMapper(MapMapper.class)
	List<Map<String, Object>> location(@Bind("location") String location);

	@SqlQuery
	@UseRowMapper(MapMapper.class)
	List<Map<String, Object>> status(@Bind("location") String location);

	/** @return the location's high-water marks as "entity=time" */
	@SqlQuery
	List<String> marks(@Bind("location") String location);

}
