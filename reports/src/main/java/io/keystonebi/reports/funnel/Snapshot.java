package io.keystonebi.reports.funnel;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs a page's statements as one read: in a repeatable-read transaction, so every panel reflects the same moment
 * even while a sync writes, and without PostgreSQL's JIT compilation, which the planner starts once a statement's
 * estimated cost passes {@code jit_above_cost} (the lead cohort's estimate passes it at not much more than the
 * demo's 8,000 leads) and which then costs more than these short statements save. A caller already in a transaction keeps its own.
 */
public final class Snapshot {

	private Snapshot() {
	}

	/**
	 * @param handle the page's connection
	 * @param work the page's statements
	 * @return what the work returns
	 */
	public static <T> T read(Handle handle, HandleCallback<T, RuntimeException> work) {
		if (handle.isInTransaction()) {
			return work.withHandle(handle);
		}
		return handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, (transaction) -> {
			transaction.execute("set local jit = off");
			return work.withHandle(transaction);
		});
	}

}
