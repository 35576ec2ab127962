package io.keystonebi.sql.catalogue;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The metric catalogue's reads: one statement per fact family, each returning every partial figure of its family
 * per key of the query's dimension, so one statement serves all of a family's metrics in a report block. Periods
 * are local dates {@code [from, to)} that each location applies at its own midnight.
 */
@UseClasspathSqlLocator
public interface CatalogueQueries {

	/**
	 * @param query period, breakdown, filters and scope
	 * @return won, lost and created deals, revenue, GCI, sales cycle and the pipeline open at the end, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(DealFiguresRow.class)
	List<DealFiguresRow> deals(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return leads created, converted and their median time to a first reply, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(LeadFiguresRow.class)
	List<LeadFiguresRow> leads(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return appointments set, held and missed, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(AppointmentFiguresRow.class)
	List<AppointmentFiguresRow> appointments(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return stage entries and how many moved on to the next stage, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(StageFiguresRow.class)
	List<StageFiguresRow> stageEntries(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return outbound messages sent by a person, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(MessageFiguresRow.class)
	List<MessageFiguresRow> messages(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return the agents' revenue targets prorated to the period, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(AmountRow.class)
	List<AmountRow> targets(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown, filters and scope
	 * @return the lead sources' spend prorated to the period, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(AmountRow.class)
	List<AmountRow> costs(@BindMethods CatalogueQuery query);

	/**
	 * @param query period, breakdown and zipcode filter (no scope applies)
	 * @return public home sales, median price and price per square foot, per key
	 */
	@SqlQuery
	@RegisterConstructorMapper(MarketFiguresRow.class)
	List<MarketFiguresRow> market(@BindMethods CatalogueQuery query);

	/**
	 * @param dimension the breakdown's code
	 * @param keys the keys to name
	 * @return each key with what a person reads for it
	 */
	@SqlQuery
	@RegisterConstructorMapper(KeyLabelRow.class)
	List<KeyLabelRow> labels(@Bind("dimension") String dimension, @Bind("keys") String[] keys);

}
