package io.keystonebi.etl.imports;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;

import io.keystonebi.etl.EtlException;

/** One line that says why an import failed: the import's own message, or the deepest cause's. */
final class FailureMessages {

	private FailureMessages() {
	}

	static String of(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "Import ended with status " + execution.getStatus();
		}
		Throwable deepest = failures.get(0);
		for (Throwable cause = deepest; cause != null; cause = cause.getCause()) {
			if (cause instanceof EtlException) {
				return oneLine(cause.getMessage());
			}
			deepest = cause;
		}
		String message = (deepest.getMessage() != null) ? deepest.getMessage() : deepest.getClass().getSimpleName();
		return "Import failed: " + oneLine(message);
	}

	private static String oneLine(String message) {
		return message.lines().findFirst().orElse(message).strip();
	}

}
