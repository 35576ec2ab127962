package io.keystonebi.reports.funnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import io.keystonebi.reports.panels.Panel;

/** The funnel and pipeline pages' hand-made warehouse, and a readable form of a panel's rows. */
public final class FunnelFixture {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private FunnelFixture() {
	}

	/** Empties the warehouse. */
	public static void empty(Jdbi jdbi) {
		jdbi.useHandle((handle) -> handle.createScript(SQL.locate(FunnelFixture.class, "empty")).execute());
	}

	/**
	 * Replaces the warehouse with a New York brokerage's leads of March 2026 (the period), February (the compared
	 * period) and the year before (the norm), their deals, stage entries and activity; see the script.
	 */
	public static void marchLeads(Jdbi jdbi) {
		empty(jdbi);
		jdbi.useHandle((handle) -> handle.createScript(SQL.locate(FunnelFixture.class, "marchLeads")).execute());
	}

	/** Removes every message, appointment, note and task. */
	public static void withoutActivity(Jdbi jdbi) {
		jdbi.useHandle((handle) -> handle.createScript("delete from messages; delete from appointments; "
				+ "delete from notes; delete from tasks;").execute());
	}

	/** @return each row as its values joined by {@code " | "}, numbers as plain decimals */
	public static List<String> lines(Panel panel) {
		return panel.rows().stream()
			.map((row) -> row.stream()
				.map((value) -> (value instanceof BigDecimal number) ? number.toPlainString() : String.valueOf(value))
				.collect(Collectors.joining(" | ")))
			.toList();
	}

}
