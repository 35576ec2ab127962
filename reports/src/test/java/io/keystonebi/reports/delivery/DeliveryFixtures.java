package io.keystonebi.reports.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The accounts, team and report definitions of the schedule and delivery tests, and reads of what they did. */
public final class DeliveryFixtures {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	/** The test's "now": a Tuesday in the middle of March 2026, New York. */
	public static final Instant NOW = Instant.parse("2026-03-17T15:00:00Z");

	/** The first day the test schedules may run. */
	public static final LocalDate START = LocalDate.of(2026, 3, 1);

	private DeliveryFixtures() {
	}

	/** Loads Harbor Homes' accounts once per database and removes every schedule left by another test. */
	public static void harborAccounts(Jdbi jdbi) {
		jdbi.useHandle((handle) -> {
			if (handle.createQuery("select count(*) from accounts").mapTo(Long.class).one() == 0) {
				handle.createScript(SQL.locate(DeliveryFixtures.class, "harborAccounts")).execute();
			}
			handle.createUpdate(SQL.locate(DeliveryFixtures.class, "cleanUp")).execute();
		});
	}

	/** @return each delivery of the schedule as {@code key status attempts [error]}, by recipient key */
	public static List<String> deliveries(Jdbi jdbi, long scheduleId) {
		return lines(jdbi, "deliveries", scheduleId);
	}

	/** @return each delivery of the schedule as {@code key period_from period_to run_day} */
	public static List<String> periods(Jdbi jdbi, long scheduleId) {
		return lines(jdbi, "periods", scheduleId);
	}

	/** @return each sent delivery as {@code key message_id} */
	public static List<String> messageIds(Jdbi jdbi, long scheduleId) {
		return lines(jdbi, "messageIds", scheduleId);
	}

	/** @return the schedule's recipient ids by target, e.g. {@code account:1}, {@code email:cfo@example.com} */
	public static Map<String, Long> recipientIds(Jdbi jdbi, long scheduleId) {
		Map<String, Long> ids = new HashMap<>();
		for (String line : lines(jdbi, "recipientIds", scheduleId)) {
			ids.put(line.substring(0, line.indexOf(' ')), Long.parseLong(line.substring(line.indexOf(' ') + 1)));
		}
		return ids;
	}

	/** @return how many of the schedule's deliveries wait to be retried later */
	public static long retryingLater(Jdbi jdbi, long scheduleId) {
		return jdbi.withHandle((handle) -> handle.createQuery(SQL.locate(DeliveryFixtures.class, "waitingUntil"))
			.bind("scheduleId", scheduleId)
			.mapTo(Long.class)
			.one());
	}

	/** @return the text of one of the fixtures' statements */
	public static String sql(String name) {
		return SQL.locate(DeliveryFixtures.class, name);
	}

	private static List<String> lines(Jdbi jdbi, String name, long scheduleId) {
		return jdbi.withHandle((handle) -> handle.createQuery(SQL.locate(DeliveryFixtures.class, name))
			.bind("scheduleId", scheduleId)
			.mapTo(String.class)
			.list());
	}

}
