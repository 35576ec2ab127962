package io.keystonebi.api.audit;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.sql.audit.AuditLogSql;
import io.keystonebi.sql.audit.NewAuditEntry;

/**
 * Writes one batch of audit entries, trying again until it is written: an audit log that gives up while the
 * database is briefly away loses exactly the entries that matter. Only two things end the attempts: the
 * database refusing an entry's data (which no retry changes: the batch is then written entry by entry and a
 * refused entry is replaced by an {@code audit.entry_refused} entry naming it), and the stop deadline passing
 * while the application shuts down, when the entries go to the application log instead.
 */
final class AuditBatchWriter {

	private static final Logger log = LoggerFactory.getLogger(AuditBatchWriter.class);

	private static final long FIRST_RETRY_MILLIS = 100;

	private static final long MAX_RETRY_MILLIS = 5000;

	private final Jdbi jdbi;

	AuditBatchWriter(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param batch the entries, oldest first
	 * @param deadline {@link System#nanoTime()} after which a failing write is given up
	 */
	void write(List<NewAuditEntry> batch, LongSupplier deadline) {
		long delay = FIRST_RETRY_MILLIS;
		while (true) {
			try {
				this.jdbi.onDemand(AuditLogSql.class).appendAll(batch);
				return;
			}
			catch (RuntimeException ex) {
				if (dataError(ex) != null) {
					writeSeparately(batch, deadline);
					return;
				}
				if (past(deadline.getAsLong())) {
					giveUp(batch, ex);
					return;
				}
				log.warn("{} audit entries could not be written, trying again in {} ms: {}", batch.size(), delay,
						ex.getMessage());
				if (!pause(delay)) {
					giveUp(batch, ex);
					return;
				}
				delay = Math.min(delay * 2, MAX_RETRY_MILLIS);
			}
		}
	}

	private void writeSeparately(List<NewAuditEntry> batch, LongSupplier deadline) {
		for (NewAuditEntry entry : batch) {
			try {
				this.jdbi.onDemand(AuditLogSql.class).appendAll(List.of(entry));
			}
			catch (RuntimeException ex) {
				String state = dataError(ex);
				if (state == null) {
					write(List.of(entry), deadline);
					continue;
				}
				log.error("The database refused an audit entry ({}): {}", state, entry);
				write(List.of(new NewAuditEntry(entry.occurredAt(), entry.actorAccountId(), null, null,
						"audit.entry_refused", null, null, AuditEntries.json(Map.of("action",
								AuditEntries.clip(entry.action(), 64), "sql_state", state)),
						entry.requestId(), null)), deadline);
			}
		}
	}

	private static void giveUp(List<NewAuditEntry> batch, RuntimeException ex) {
		log.error("{} audit entries could not be written before the application stopped ({}); they follow",
				batch.size(), ex.getMessage());
		batch.forEach((entry) -> log.error("Unwritten audit entry: {}", entry));
	}

	// The SQL state of a data or constraint error (classes 22 and 23), which no retry can mend; else null.
	private static String dataError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	// Long.MAX_VALUE means no deadline (the application is not stopping).
	private static boolean past(long deadline) {
		return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
	}

	private static boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
