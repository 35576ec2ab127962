package io.keystonebi.sql.changes;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts the warehouse rows the current transaction has inserted, updated or deleted, from the server's own
 * per-transaction statistics. An upsert whose newer-wins condition kept the stored row writes nothing and is not
 * counted, so a load that only read what the warehouse already held can tell it changed nothing, without every
 * writer reporting its own row counts.
 */
@UseClasspathSqlLocator
public interface WarehouseWritesSql {

	/**
	 * Compare two answers from the same transaction: the figure also holds writes of earlier transactions of the
	 * session that the server has not yet added to its shared statistics.
	 * @return rows written so far, or null when the server does not count them ({@code track_counts} off)
	 */
	@SqlQuery
	Long rowsWritten();

}
