package io.keystonebi.etl.ghl.webhooks;

import java.sql.SQLException;
import java.util.Set;

/** Recognises database failures that only mean another transaction won, so trying again succeeds. */
final class TransientFailures {

	// deadlock_detected and serialization_failure
	private static final Set<String> TRANSIENT_STATES = Set.of("40P01", "40001");

	private TransientFailures() {
	}

	static boolean isTransient(Throwable ex) {
		SQLException sql = sqlCause(ex);
		return sql != null && TRANSIENT_STATES.contains(sql.getSQLState());
	}

	/** @return the first {@link SQLException} among the causes, or null */
	static SQLException sqlCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

}
