package io.keystonebi.etl.imports;

/** An import run cannot be restarted: it completed, or it never started a job. */
public final class ImportNotRestartableException extends ImportException {

	public ImportNotRestartableException(String message) {
		super(message);
	}

}
