package io.keystonebi.sql.imports;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What every chunk records besides its rows: quarantined rows and the run's counters, in the chunk's transaction. */
@UseClasspathSqlLocator
public interface ChunkSql {

	/** Lets this chunk's commit return before its WAL is flushed (see the statement for why that is safe). */
	@SqlUpdate
	void commitWithoutWaitingForFlush();

	@SqlBatch
	void quarantine(@Bind("runId") long runId, @Bind("fileName") String fileName,
			@BindMethods List<QuarantineEntry> rows);

	@SqlUpdate
	void addCounts(@Bind("runId") long runId, @Bind("read") long read, @Bind("loaded") long loaded,
			@Bind("quarantined") long quarantined);

}
