package io.keystonebi.api.imports;

import io.keystonebi.etl.imports.ImportRunSummary;

/** An import ran and failed; its run (with the reason) is recorded and can be restarted once the cause is fixed. */
final class ImportRunFailedException extends RuntimeException {

	private final transient ImportRunSummary summary;

	ImportRunFailedException(ImportRunSummary summary) {
		super(summary.run().message());
		this.summary = summary;
	}

	ImportRunSummary summary() {
		return this.summary;
	}

}
