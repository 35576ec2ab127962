package io.keystonebi.sql.rollups;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Keeps {@code rollup_daily} and {@code rollup_monthly} in step with the base tables. Triggers on contacts,
 * opportunities and stage history record the local days every write touches; {@link #refreshDirtyDays()}
 * recomputes exactly those slices.
 */
@UseClasspathSqlLocator
public interface RollupDao {

	/**
	 * Recomputes the daily and monthly slices of every day marked dirty since the last refresh.
	 * @return the days that were refreshed
	 */
	@Transaction
	default List<DirtyDay> refreshDirtyDays() {
		lockRefresh();
		List<DirtyDay> dirty = takeDirtyDays();
		if (dirty.isEmpty()) {
			return dirty;
		}
		long[] locationIds = dirty.stream().mapToLong(DirtyDay::locationId).toArray();
		LocalDate[] days = dirty.stream().map(DirtyDay::day).toArray(LocalDate[]::new);
		deleteDaily(locationIds, days);
		insertDaily(locationIds, days);
		deleteMonthly(locationIds, days);
		insertMonthly(locationIds, days);
		return dirty;
	}

	/**
	 * Throws every slice away and recomputes all of them from the base tables: the backstop for changes the
	 * triggers cannot see (an agent moved to another team, a location's time zone changed).
	 * @return the number of days rebuilt
	 */
	@Transaction
	default int rebuildAll() {
		lockRefresh();
		truncateRollups();
		markEveryDay();
		return refreshDirtyDays().size();
	}

	@SqlQuery
	int lockRefresh();

	@SqlQuery
	@RegisterConstructorMapper(DirtyDay.class)
	List<DirtyDay> takeDirtyDays();

	@SqlUpdate
	void deleteDaily(@Bind("locationIds") long[] locationIds, @Bind("days") LocalDate[] days);

	@SqlUpdate
	void insertDaily(@Bind("locationIds") long[] locationIds, @Bind("days") LocalDate[] days);

	@SqlUpdate
	void deleteMonthly(@Bind("locationIds") long[] locationIds, @Bind("days") LocalDate[] days);

	@SqlUpdate
	void insertMonthly(@Bind("locationIds") long[] locationIds, @Bind("days") LocalDate[] days);

	@SqlUpdate
	void truncateRollups();

	@SqlUpdate
	void markEveryDay();

}
