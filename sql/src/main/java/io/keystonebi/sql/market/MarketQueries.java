package io.keystonebi.sql.market;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The market page's reads of {@code market_sales}. Market sales are public records, not a brokerage's book, so no
 * statement filters by scope or location; sale dates are plain dates, so a period {@code [from, to)} needs no
 * time zone. Medians are the continuous median (the mean of the two middle values for an even count).
 */
@UseClasspathSqlLocator
public interface MarketQueries {

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @param zipcodes how many zipcodes: those with the most sales in the period
	 * @return median price and sales of each of those zipcodes by month, by month then rank
	 */
	@SqlQuery
	@RegisterConstructorMapper(ZipcodeMonthRow.class)
	List<ZipcodeMonthRow> zipcodeMonths(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("zipcodes") int zipcodes);

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @return median price and sales by number of bedrooms (five and more together), fewest first
	 */
	@SqlQuery
	@RegisterConstructorMapper(BedroomsRow.class)
	List<BedroomsRow> bedrooms(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @param zipcodes how many zipcodes: those with the most sales (with a living area) in the period
	 * @return each one's median price per square foot and sales, most sales first, with the period's overall median
	 */
	@SqlQuery
	@RegisterConstructorMapper(PricePerSqftRow.class)
	List<PricePerSqftRow> pricePerSqft(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("zipcodes") int zipcodes);

	/**
	 * Months are aligned by their position in each period (the first month of one with the first of the other), so
	 * a period compared with the same one last year, or with the one just before, lines up month by month.
	 * @param from first day of the period
	 * @param to first day after it
	 * @param baseFrom first day of the compared period, or null
	 * @param baseTo first day after it, or null
	 * @return sales in every month the period touches, and in the compared period's month of the same position
	 */
	@SqlQuery
	@RegisterConstructorMapper(MonthlySalesRow.class)
	List<MonthlySalesRow> monthlySales(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("baseFrom") LocalDate baseFrom, @Bind("baseTo") LocalDate baseTo);

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @return one point per zipcode: the mean position of its sales and their median price
	 */
	@SqlQuery
	@RegisterConstructorMapper(ZipcodePointRow.class)
	List<ZipcodePointRow> zipcodePoints(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

	/** @return average sales and median price index of each calendar month over all market data, January first */
	@SqlQuery
	@RegisterConstructorMapper(SeasonRow.class)
	List<SeasonRow> seasons();

	/**
	 * @param from first day of the period
	 * @param to first day after it
	 * @return the median price of each month of the period that has sales
	 */
	@SqlQuery
	@RegisterConstructorMapper(MonthlyMedianRow.class)
	List<MonthlyMedianRow> monthlyMedians(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

}
