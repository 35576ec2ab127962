package io.keystonebi.sql.rollups;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.test.Fixtures;
import io.keystonebi.sql.test.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture is a New York location with events on both sides of local midnight; every expected slice
 * below was worked out by hand from it (times in the fixture are UTC, five hours ahead of EST).
 */
class RollupDaoIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private Jdbi jdbi;

	private RollupDao rollups;

	@BeforeEach
	void loadFixture() {
		String url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(url, null, null).load().migrate();
		this.jdbi = Jdbi.create(url).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
		Fixtures.newYorkFebruaryAndMarch(this.jdbi);
		this.rollups = this.jdbi.onDemand(RollupDao.class);
	}

	@Test
	void refreshingDirtyDaysBucketsEveryEventOnItsLocalDayForEachDimension() {
		assertThat(this.rollups.refreshDirtyDays()).hasSize(4);
		assertThat(lines("daily")).containsExactly(
				"2026-02-10 agent:1 leads=0 created=1 won=0 revenue=0 lost=0 entries=1",
				"2026-02-20 agent:1 leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-02-28 agent:1 leads=1 created=0 won=1 revenue=100000 lost=0 entries=0",
				"2026-03-01 agent:1 leads=0 created=1 won=0 revenue=0 lost=1 entries=0",
				"2026-03-01 agent:2 leads=1 created=1 won=1 revenue=50000 lost=0 entries=1",
				"2026-02-10 all: leads=0 created=1 won=0 revenue=0 lost=0 entries=1",
				"2026-02-20 all: leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-02-28 all: leads=1 created=0 won=1 revenue=100000 lost=0 entries=0",
				"2026-03-01 all: leads=1 created=2 won=1 revenue=50000 lost=1 entries=1",
				"2026-03-01 source: leads=0 created=1 won=0 revenue=0 lost=1 entries=0",
				"2026-03-01 source:referral leads=0 created=1 won=1 revenue=50000 lost=0 entries=1",
				"2026-02-10 source:zillow leads=0 created=1 won=0 revenue=0 lost=0 entries=1",
				"2026-02-20 source:zillow leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-02-28 source:zillow leads=1 created=0 won=1 revenue=100000 lost=0 entries=0",
				"2026-03-01 source:zillow leads=1 created=0 won=0 revenue=0 lost=0 entries=0",
				"2026-02-10 stage:1 leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-03-01 stage:1 leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-02-20 stage:2 leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-03-01 team: leads=1 created=1 won=1 revenue=50000 lost=0 entries=1",
				"2026-02-10 team:1 leads=0 created=1 won=0 revenue=0 lost=0 entries=1",
				"2026-02-20 team:1 leads=0 created=0 won=0 revenue=0 lost=0 entries=1",
				"2026-02-28 team:1 leads=1 created=0 won=1 revenue=100000 lost=0 entries=0",
				"2026-03-01 team:1 leads=0 created=1 won=0 revenue=0 lost=1 entries=0");
		assertThat(lines("monthly")).contains(
				"2026-02-01 all: leads=1 created=1 won=1 revenue=100000 lost=0 entries=2",
				"2026-03-01 all: leads=1 created=2 won=1 revenue=50000 lost=1 entries=1",
				"2026-02-01 agent:1 leads=1 created=1 won=1 revenue=100000 lost=0 entries=2",
				"2026-03-01 source:zillow leads=1 created=0 won=0 revenue=0 lost=0 entries=0")
			.hasSize(15);
		assertThat(dirtyDayCount()).isZero();
	}

	@Test
	void anUpdateRefreshesBothTheDayItLeftAndTheDayItMovedTo() {
		this.rollups.refreshDirtyDays();
		this.jdbi.useHandle(handle -> handle.createUpdate(sql("moveFirstWinIntoMarch")).execute());
		List<DirtyDay> refreshed = this.rollups.refreshDirtyDays();
		assertThat(refreshed).extracting(DirtyDay::day)
			.extracting(Object::toString)
			.containsExactlyInAnyOrder("2026-02-10", "2026-02-28", "2026-03-01");
		assertThat(lines("daily")).contains("2026-02-28 all: leads=1 created=0 won=0 revenue=0 lost=0 entries=0",
				"2026-03-01 all: leads=1 created=2 won=2 revenue=150000 lost=1 entries=1");
		assertThat(lines("monthly")).contains(
				"2026-02-01 all: leads=1 created=1 won=0 revenue=0 lost=0 entries=2",
				"2026-03-01 all: leads=1 created=2 won=2 revenue=150000 lost=1 entries=1");
	}

	@Test
	void aFullRebuildEndsWithTheSameSlicesAsIncrementalRefreshes() {
		this.rollups.refreshDirtyDays();
		this.jdbi.useHandle(handle -> handle.createUpdate(sql("moveFirstWinIntoMarch")).execute());
		this.rollups.refreshDirtyDays();
		List<String> daily = lines("daily");
		List<String> monthly = lines("monthly");
		assertThat(this.rollups.rebuildAll()).isEqualTo(4);
		assertThat(lines("daily")).isEqualTo(daily);
		assertThat(lines("monthly")).isEqualTo(monthly);
	}

	private List<String> lines(String query) {
		return this.jdbi.withHandle(handle -> handle.createQuery(sql(query)).mapTo(String.class).list());
	}

	private long dirtyDayCount() {
		return this.jdbi.withHandle(handle -> handle.createQuery(sql("dirtyDayCount")).mapTo(Long.class).one());
	}

	private static String sql(String name) {
		return SQL.locate(RollupDaoIntegrationTests.class, name);
	}

}
