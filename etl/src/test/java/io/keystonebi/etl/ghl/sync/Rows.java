package io.keystonebi.etl.ghl.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Warehouse rows of two locations, or of one location at two times, made comparable. */
final class Rows {

	/** The tables a sync writes that are keyed by (location, GHL id). */
	static final List<String> SYNCED_TABLES = List.of("users", "pipelines", "tags", "custom_fields", "contacts",
			"opportunities", "appointments", "tasks", "notes", "conversations", "messages");

	private Rows() {
	}

	/**
	 * @return the location's rows of the table without what differs between two locations or two loads of the
	 * same data: warehouse ids (and foreign keys to them) and load times; every value as text, since arrays come
	 * back as driver objects without equals
	 */
	static List<Map<String, String>> comparable(SyncChecks checks, String table, String location) {
		return comparable(checks, table, location, null);
	}

	/**
	 * @param runAt a sync run's time, shown as {@code <run time>} wherever a row holds it (the version of records
	 * GHL gives no update time), so rows written by two runs compare equal; null to show it as it is
	 * @return the rows as {@link #comparable(SyncChecks, String, String)} makes them
	 */
	static List<Map<String, String>> comparable(SyncChecks checks, String table, String location,
			OffsetDateTime runAt) {
		return checks.rows(table, location).stream().map((row) -> {
			Map<String, String> kept = new TreeMap<>();
			row.forEach((column, value) -> kept.put(column,
					(runAt != null && runAt.toInstant().equals(instant(value))) ? "<run time>" : String.valueOf(value)));
			kept.keySet().removeIf((column) -> column.equals("id") || column.equals("loaded_at")
					|| (column.endsWith("_id") && !column.endsWith("source_id") && !column.equals("lost_reason_id")));
			return kept;
		}).toList();
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return (value instanceof OffsetDateTime time) ? time.toInstant() : null;
	}

	/** @return the rows without the column */
	static List<Map<String, String>> without(List<Map<String, String>> rows, String column) {
		return rows.stream().map((row) -> {
			Map<String, String> kept = new TreeMap<>(row);
			kept.remove(column);
			return kept;
		}).toList();
	}

	/** @return the rows without those whose source id is one of {@code sourceIds} */
	static List<Map<String, String>> except(List<Map<String, String>> rows, Set<String> sourceIds) {
		return rows.stream().filter((row) -> !sourceIds.contains(row.get("source_id"))).toList();
	}

}
