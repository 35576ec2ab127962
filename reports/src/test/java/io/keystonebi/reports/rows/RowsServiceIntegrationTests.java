package io.keystonebi.reports.rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Drill rows against the hand-made fixture {@code drillRows.sql}: February 2026 in New York, compared with January.
 * Each expectation lists the fixture's ids (or sale dates) that match, newest first, worked out from the script.
 */
@PanelsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// A context (so a database) of its own: the fixture's ids are fixed and other tests load theirs.
@TestPropertySource(properties = "bi.test.fixture=drill-rows")
class RowsServiceIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ReportingPeriod FEBRUARY = new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));

	static final ReportingPeriod JANUARY = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));

	@Autowired
	Jdbi jdbi;

	@Autowired
	RowsService rows;

	@BeforeAll
	void loadFixture() {
		this.jdbi.useHandle((handle) -> handle
			.createScript(ClasspathSqlLocator.create().locate(RowsServiceIntegrationTests.class, "drillRows"))
			.execute());
	}

	@Test
	void leadsDefaultToThoseCreatedInThePeriodNewestFirstWithTheirStatusAtItsEnd() {
		// c6 (28 Feb 23:59 local), c3, c2 (2 Feb 23:30 local), c1; not c4 (January), c5 (customer), c7 (deleted).
		RowsPage page = page(DataScope.brokerage(), RowSet.LEADS, Map.of(), 100);

		assertThat(page.total()).isEqualTo(4);
		assertThat(page.table().id()).isEqualTo("leads");
		assertThat(page.table().chart()).isEqualTo(ChartType.TABLE);
		assertThat(page.table().columns()).extracting(Column::key).containsExactly("contact_id", "contact", "created",
				"source", "agent", "agent_id", "status", "first_won");
		assertThat(page.table().columns().get(1).sensitivity()).isEqualTo(Sensitivity.PERSONAL);
		// c1's o1 was won on 20 Feb; c2's o2 is open; c3's o3 was lost; c6's o6 was created after the period.
		assertThat(texts(page)).containsExactly(
				row("6", "Fay Lead", "2026-02-28", "zillow", "Bob Broker", "2", "none", null),
				row("3", "Carla Lead", "2026-02-10", null, "Cid Closer", "3", "none", null),
				row("2", "Ben Lead", "2026-02-02", "referral", "Bob Broker", "2", "open opportunity", null),
				row("1", "Alice Lead", "2026-02-02", "zillow", "Ann Agent", "1", "converted", "2026-02-20"));
	}

	@Test
	void leadsFilterByEachOfTheirFilters() {
		assertThat(leads(Map.of("agent", "1"))).containsExactly("1");
		assertThat(leads(Map.of("agent", "(none)"))).isEmpty();
		assertThat(leads(Map.of("team", "1"))).containsExactly("3", "1");
		assertThat(leads(Map.of("source", "zillow"))).containsExactly("6", "1");
		assertThat(leads(Map.of("source", "(none)"))).containsExactly("3");
		assertThat(leads(Map.of("funnel_stage", "lead"))).containsExactly("6", "3", "2", "1");
		assertThat(leads(Map.of("funnel_stage", "closed"))).containsExactly("1");
		assertThat(leads(Map.of("status", "won"))).containsExactly("1");
		assertThat(leads(Map.of("status", "open"))).containsExactly("2");
		assertThat(leads(Map.of("status", "none"))).containsExactly("6", "3");
		assertThat(leads(Map.of("contact", "3"))).containsExactly("3");
	}

	@Test
	void leadsWeekdayAndHourAreThoseOfTheLocalTime() {
		// c1 Monday 09:00, c2 Monday 23:30 (Tuesday in UTC), c3 Tuesday 10:00, c6 Saturday 23:59 (Sunday in UTC).
		assertThat(leads(Map.of("weekday", "1"))).containsExactly("2", "1");
		assertThat(leads(Map.of("weekday", "6"))).containsExactly("6");
		assertThat(leads(Map.of("weekday", "7"))).isEmpty();
		assertThat(leads(Map.of("hour", "23"))).containsExactly("6", "2");
		assertThat(leads(Map.of("hour", "9"))).containsExactly("1");
	}

	@Test
	void leadsByTheirFirstWinTakeTheWinsLocalDay() {
		// o4 (c4) won at 22:00 local on 28 Feb, 1 March in UTC; o1 (c1) on 20 Feb.
		assertThat(leads(Map.of("date", "won"))).containsExactly("4", "1");
	}

	@Test
	void leadsOfTheComparedPeriodOrOfACalendarMonthQuarterOrYear() {
		// c4 was created in January; its o4 was open at the end of January, won only in February.
		RowsPage base = page(DataScope.brokerage(), RowSet.LEADS, Map.of("period", "base"), 100);
		assertThat(texts(base)).containsExactly(
				row("4", "Dan Lead", "2026-01-15", "zillow", "Ann Agent", "1", "open opportunity", "2026-02-28"));
		assertThat(leads(Map.of("month", "2026-01"))).containsExactly("4");
		assertThat(leads(Map.of("quarter", "2026-Q1"))).containsExactly("6", "3", "2", "1", "4");
		assertThat(leads(Map.of("year", "2026"))).containsExactly("6", "3", "2", "1", "4");
		assertThat(leads(Map.of("year", "2026", "month", "2026-02"))).containsExactly("6", "3", "2", "1");
		assertThat(leads(Map.of("year", "2025"))).isEmpty();
		assertThat(leads(Map.of("year", "2025", "month", "2026-02"))).isEmpty();
	}

	@Test
	void aWeekNarrowsThePeriodWhileStatusStaysAsOfThePeriodsEnd() {
		// c1 (Monday 2 Feb 09:00) and c2 (Monday 23:30); c1's o1 was won on 20 Feb, after its week but in February.
		RowsPage firstWeek = page(DataScope.brokerage(), RowSet.LEADS, Map.of("week", "2026-02-02"), 100);
		assertThat(texts(firstWeek)).containsExactly(
				row("2", "Ben Lead", "2026-02-02", "referral", "Bob Broker", "2", "open opportunity", null),
				row("1", "Alice Lead", "2026-02-02", "zillow", "Ann Agent", "1", "converted", "2026-02-20"));
		assertThat(leads(Map.of("week", "2026-02-09"))).containsExactly("3");
		assertThat(leads(Map.of("week", "2026-02-16"))).isEmpty();
		assertThat(leads(Map.of("week", "2026-02-23"))).containsExactly("6");
		// The week of 26 January reaches into February by one day (1 Feb), which has no lead; c4's week is outside
		// February, so it needs its month (or the compared period).
		assertThat(leads(Map.of("week", "2026-01-26"))).isEmpty();
		assertThat(leads(Map.of("week", "2026-01-12"))).isEmpty();
		assertThat(leads(Map.of("week", "2026-01-12", "month", "2026-01"))).containsExactly("4");
		assertThat(leads(Map.of("week", "2026-01-12", "period", "base"))).containsExactly("4");
		assertThat(sales(Map.of("week", "2026-02-16"))).containsExactly("2026-02-20");
	}

	@Test
	void anAgentNeverGetsAnotherAgentsLeadsEvenWhenAskingForThem() {
		RowsPage own = page(DataScope.agent(2), RowSet.LEADS, Map.of(), 100);
		RowsPage other = page(DataScope.agent(2), RowSet.LEADS, Map.of("agent", "1"), 100);
		RowsPage otherContact = page(DataScope.agent(2), RowSet.LEADS, Map.of("contact", "1"), 100);

		assertThat(firsts(own)).containsExactly("6", "2");
		assertThat(other.total()).isZero();
		assertThat(other.table().rows()).isEmpty();
		assertThat(otherContact.table().rows()).isEmpty();
	}

	@Test
	void aTeamScopeSeesItsMembersRecordsOnly() {
		DataScope north = DataScope.team(1, List.of(1L, 3L));

		assertThat(firsts(page(north, RowSet.LEADS, Map.of(), 100))).containsExactly("3", "1");
		assertThat(firsts(page(north, RowSet.DEALS, Map.of("date", "closed"), 100))).containsExactly("4", "5", "1",
				"3");
		assertThat(firsts(page(north, RowSet.LEADS, Map.of("team", "2"), 100))).isEmpty();
	}

	@Test
	void theLimitKeepsTheNewestRowsAndTheTotalCountsThemAll() {
		RowsPage page = page(DataScope.brokerage(), RowSet.LEADS, Map.of(), 2);

		assertThat(firsts(page)).containsExactly("6", "3");
		assertThat(page.total()).isEqualTo(4);
		assertThat(page.limit()).isEqualTo(2);
		assertThat(page.truncated()).isTrue();
	}

	@Test
	void aLimitOutOfRangeIsRefused() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> page(DataScope.brokerage(), RowSet.LEADS, Map.of(), 0))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("limit"));
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> page(DataScope.brokerage(), RowSet.DEALS, Map.of(), 1001))
			.withMessageContaining("1001");
	}

	@Test
	void dealsDefaultToThoseCreatedInThePeriodWithTheirLocalDates() {
		RowsPage page = page(DataScope.brokerage(), RowSet.DEALS, Map.of(), 100);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.table().id()).isEqualTo("deals");
		assertThat(page.table().columns()).extracting(Column::key).containsExactly("deal_id", "deal", "contact",
				"agent", "agent_id", "stage", "status", "value", "created", "closed", "property_type");
		assertThat(texts(page)).containsExactly(
				row("5", "Alice second", "Alice Lead", "Ann Agent", "1", "New", "abandoned", "100000.00",
						"2026-02-25", "2026-02-26", null),
				row("2", "Ben house", "Ben Lead", "Bob Broker", "2", "Offer", "open", "500000.00", "2026-02-04", null,
						"House"),
				row("1", "Alice condo", "Alice Lead", "Ann Agent", "1", "Closed", "won", "300000.00", "2026-02-02",
						"2026-02-20", "Condo"));
	}

	@Test
	void dealsByEachKindOfDate() {
		assertThat(deals(Map.of("date", "won"))).containsExactly("4", "1");
		assertThat(deals(Map.of("date", "lost"))).containsExactly("3");
		assertThat(deals(Map.of("date", "closed"))).containsExactly("4", "5", "1", "3");
		// Open at 1 March 00:00 local: o2; o4 was won three hours before, o6 created after.
		assertThat(deals(Map.of("date", "open_at_end"))).containsExactly("2");
		// Open at 1 February 00:00 local, newest created first: o3 (lost 12 Feb) and o4 (won 28 Feb).
		assertThat(deals(Map.of("date", "open_at_end", "period", "base"))).containsExactly("3", "4");
		// Latest entry in the period: o4 28 Feb 22:00 local, o5 25 Feb, o1 20 Feb, o2 8 Feb, o3 1 Feb.
		assertThat(deals(Map.of("date", "entered_stage"))).containsExactly("4", "5", "1", "2", "3");
		assertThat(deals(Map.of("month", "2026-01"))).containsExactly("3", "4");
	}

	@Test
	void dealsByStageAreThoseInItNowOrThoseThatEnteredItInThePeriod() {
		assertThat(deals(Map.of("stage", "3"))).containsExactly("2");
		assertThat(deals(Map.of("stage", "2"))).isEmpty();
		// Entries into Qualified in February: o2 6 Feb, o1 5 Feb, o3 1 Feb.
		assertThat(deals(Map.of("date", "entered_stage", "stage", "2"))).containsExactly("2", "1", "3");
		assertThat(deals(Map.of("funnel_stage", "proposal"))).containsExactly("2");
		assertThat(deals(Map.of("date", "entered_stage", "funnel_stage", "closed"))).containsExactly("4", "1");
	}

	@Test
	void dealsFilterByEachOfTheirOtherFilters() {
		assertThat(deals(Map.of("status", "won"))).containsExactly("1");
		assertThat(deals(Map.of("status", "abandoned"))).containsExactly("5");
		assertThat(deals(Map.of("property_type", "2"))).containsExactly("2");
		assertThat(deals(Map.of("source", "zillow"))).containsExactly("5", "1");
		assertThat(deals(Map.of("source", "(none)", "date", "closed"))).containsExactly("3");
		assertThat(deals(Map.of("agent", "1"))).containsExactly("5", "1");
		assertThat(deals(Map.of("team", "2"))).containsExactly("2");
		assertThat(deals(Map.of("contact", "1"))).containsExactly("5", "1");
		// Created o1 Monday 10:00, o2 Wednesday 09:00, o5 Wednesday 09:00 local.
		assertThat(deals(Map.of("weekday", "3"))).containsExactly("5", "2");
		assertThat(deals(Map.of("hour", "10"))).containsExactly("1");
	}

	@Test
	void anAgentNeverGetsAnotherAgentsDeals() {
		assertThat(firsts(page(DataScope.agent(2), RowSet.DEALS, Map.of(), 100))).containsExactly("2");
		assertThat(firsts(page(DataScope.agent(2), RowSet.DEALS, Map.of("agent", "1"), 100))).isEmpty();
	}

	@Test
	void salesAreTheMarketsWhateverTheScope() {
		RowsPage page = page(DataScope.agent(2), RowSet.SALES, Map.of(), 100);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.table().id()).isEqualTo("sales");
		assertThat(page.table().columns()).extracting(Column::key).containsExactly("sold", "price", "zipcode",
				"bedrooms", "sqft", "price_per_sqft", "latitude", "longitude");
		// 300000 / 0 sq ft has no price per sq ft; 600000 / 3000 = 200; 500000 / 2000 = 250.
		assertThat(texts(page)).containsExactly(
				row("2026-02-20", "300000.00", "98102", null, "0", null, "47.630000", "-122.320000"),
				row("2026-02-14", "600000.00", "98101", "5", "3000", "200.00", "47.620000", "-122.340000"),
				row("2026-02-02", "500000.00", "98101", "3", "2000", "250.00", "47.610000", "-122.330000"));
	}

	@Test
	void salesFilterByZipcodeBedroomsWeekdayAndDate() {
		assertThat(sales(Map.of("zipcode", "98101"))).containsExactly("2026-02-14", "2026-02-02");
		assertThat(sales(Map.of("bedrooms", "5+"))).containsExactly("2026-02-14");
		assertThat(sales(Map.of("bedrooms", "3"))).containsExactly("2026-02-02");
		assertThat(sales(Map.of("bedrooms", "(unknown)"))).containsExactly("2026-02-20");
		assertThat(sales(Map.of("weekday", "6"))).containsExactly("2026-02-14");
		assertThat(sales(Map.of("period", "base"))).containsExactly("2026-01-10");
		assertThat(sales(Map.of("date", "sold", "year", "2026"))).containsExactly("2026-03-01", "2026-02-20",
				"2026-02-14", "2026-02-02", "2026-01-10");
	}

	@Test
	void badFiltersAreRefusedNamingThem() {
		assertRefused(RowSet.LEADS, Map.of("colour", "red"), "colour");
		assertRefused(RowSet.LEADS, Map.of("agent", "ann"), "agent");
		assertRefused(RowSet.LEADS, Map.of("stage", "1"), "stage");
		assertRefused(RowSet.LEADS, Map.of("date", "lost"), "date");
		assertRefused(RowSet.LEADS, Map.of("status", "lost"), "status");
		assertRefused(RowSet.LEADS, Map.of("funnel_stage", "won"), "funnel_stage");
		assertRefused(RowSet.LEADS, Map.of("week", "2026-02-03"), "week");
		assertRefused(RowSet.LEADS, Map.of("week", "2026-02"), "week");
		assertRefused(RowSet.SALES, Map.of("week", "2026-02-31"), "week");
		assertRefused(RowSet.LEADS, Map.of("temperature", "hot"), "temperature");
		assertRefused(RowSet.DEALS, Map.of("funnel_stage", "won"), "funnel_stage");
		assertRefused(RowSet.DEALS, Map.of("month", "2026-13"), "month");
		assertRefused(RowSet.DEALS, Map.of("quarter", "2026-Q5"), "quarter");
		assertRefused(RowSet.DEALS, Map.of("year", "26"), "year");
		assertRefused(RowSet.DEALS, Map.of("weekday", "0"), "weekday");
		assertRefused(RowSet.DEALS, Map.of("hour", "24"), "hour");
		assertRefused(RowSet.DEALS, Map.of("zipcode", "98101"), "zipcode");
		assertRefused(RowSet.SALES, Map.of("agent", "1"), "agent");
		assertRefused(RowSet.SALES, Map.of("hour", "9"), "hour");
		assertRefused(RowSet.SALES, Map.of("bedrooms", "many"), "bedrooms");
		assertRefused(RowSet.SALES, Map.of("period", "previous"), "period");
	}

	@Test
	void theComparedPeriodIsRefusedWhenThereIsNone() {
		PanelContext withoutBase = new PanelContext(FEBRUARY, null, LocalDate.of(2026, 3, 5), NEW_YORK,
				DataScope.brokerage(), null);

		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.jdbi.withHandle((handle) -> this.rows.rows(handle, withoutBase, RowSet.DEALS,
					Map.of("period", "base"), 10)))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("period"));
	}

	@Test
	void anEmptyWarehouseHasNoRows() {
		this.jdbi.useTransaction((handle) -> {
			handle.execute("truncate locations, market_sales cascade");
			for (RowSet set : RowSet.values()) {
				RowsPage page = this.rows.rows(handle, context(DataScope.brokerage()), set, Map.of(), 100);
				assertThat(page.table().rows()).isEmpty();
				assertThat(page.total()).isZero();
			}
			handle.rollback();
		});
	}

	private void assertRefused(RowSet set, Map<String, String> filters, String name) {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> page(DataScope.brokerage(), set, filters, 10))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo(name))
			.withMessageContaining(filters.get(name));
	}

	private List<String> leads(Map<String, String> filters) {
		return firsts(page(DataScope.brokerage(), RowSet.LEADS, filters, 100));
	}

	private List<String> deals(Map<String, String> filters) {
		return firsts(page(DataScope.brokerage(), RowSet.DEALS, filters, 100));
	}

	private List<String> sales(Map<String, String> filters) {
		return firsts(page(DataScope.brokerage(), RowSet.SALES, filters, 100));
	}

	private RowsPage page(DataScope scope, RowSet set, Map<String, String> filters, int limit) {
		return this.jdbi.withHandle((handle) -> this.rows.rows(handle, context(scope), set, filters, limit));
	}

	private static PanelContext context(DataScope scope) {
		return new PanelContext(FEBRUARY, JANUARY, LocalDate.of(2026, 3, 5), NEW_YORK, scope, null);
	}

	// The first column of each row, as text: a fixture id or a sale date.
	private static List<String> firsts(RowsPage page) {
		return page.table().rows().stream().map((row) -> row.get(0).toString()).toList();
	}

	// Numbers by their plain digits, so that expectations read like the fixture.
	private static List<List<String>> texts(RowsPage page) {
		return page.table().rows().stream()
			.map((row) -> row.stream().map((value) -> (value instanceof BigDecimal number) ? number.toPlainString()
					: (String) value).toList())
			.toList();
	}

	private static List<String> row(String... values) {
		return Arrays.asList(values);
	}

}
