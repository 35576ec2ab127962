package io.keystonebi.api.imports;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;
import io.keystonebi.etl.imports.ImportRunSummary;

/** An import ran and failed; its run (with the reason) is recorded and can be restarted once the cause is fixed. */
final class ImportRunFailedException extends ApiException {

	private final transient ImportRunSummary summary;

	ImportRunFailedException(ImportRunSummary summary) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Import failed", summary.run().message());
		this.summary = summary;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("run_id", this.summary.run().id(), "rows_loaded", this.summary.run().rowsLoaded());
	}

	@Override
	protected String instance() {
		return "/api/v1/admin/imports/" + this.summary.run().id();
	}

}
