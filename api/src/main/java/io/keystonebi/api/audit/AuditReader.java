package io.keystonebi.api.audit;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import io.keystonebi.sql.audit.AuditEntryRow;
import io.keystonebi.sql.audit.AuditLogSql;
import io.keystonebi.sql.audit.ChainBreak;
import io.keystonebi.sql.audit.ChainExtent;

/** Searches the audit log and checks its chain, for the API and the page alike. */
final class AuditReader {

	private final Jdbi jdbi;

	AuditReader(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param query the search
	 * @return one page of entries, newest first, and where the next page starts
	 */
	Page search(AuditQuery query) {
		// One more than asked tells whether there is a next page without counting.
		List<AuditEntryRow> rows = this.jdbi.withExtension(AuditLogSql.class, (sql) -> sql.search(query.actor(),
				query.action(), query.from(), query.to(), query.text(), query.beforeId(), query.limit() + 1));
		boolean more = rows.size() > query.limit();
		List<AuditEntryRow> entries = more ? rows.subList(0, query.limit()) : rows;
		return new Page(entries, more ? entries.get(entries.size() - 1).id() : null);
	}

	/** @return whether every entry still matches its hash and follows the one before it */
	ChainReport verify() {
		// One snapshot for both queries, so entries appended meanwhile are counted only if they were checked.
		return this.jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, (handle) -> {
			AuditLogSql sql = handle.attach(AuditLogSql.class);
			ChainExtent extent = sql.extent();
			Optional<ChainBreak> broken = sql.firstBreak();
			return ChainReport.of(extent, broken.orElse(null));
		});
	}

	/**
	 * @param entries the entries, newest first
	 * @param nextBeforeId the {@code before_id} of the next (older) page, or null when this is the last
	 */
	record Page(List<AuditEntryRow> entries, Long nextBeforeId) {
	}

}
