package io.keystonebi.sql.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Economic series by month ({@code economic_indicators}, V025), e.g. the 30-year mortgage rate. */
@UseClasspathSqlLocator
public interface EconomicIndicatorsSql {

	/**
	 * Stores a series' value for a month; a value already stored for that series and month is replaced (a revision).
	 * @param series the series' name, e.g. {@code 30-year mortgage rate}
	 * @param month first day of the month
	 * @param value the value
	 * @param unit {@code percent}, {@code number}, {@code money} or {@code index}
	 * @param source where it comes from, e.g. {@code FRED MORTGAGE30US}, or null
	 * @return 1
	 */
	@SqlUpdate
	int upsert(@Bind("series") String series, @Bind("month") LocalDate month, @Bind("value") BigDecimal value,
			@Bind("unit") String unit, @Bind("source") String source);

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @return every value of the months that start in the period, by series then month
	 */
	@SqlQuery
	@RegisterConstructorMapper(EconomicIndicatorRow.class)
	List<EconomicIndicatorRow> inPeriod(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

}
