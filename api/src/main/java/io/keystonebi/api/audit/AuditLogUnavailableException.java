package io.keystonebi.api.audit;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** The audit log's queue stayed full, so the request is refused rather than served without a record. */
public final class AuditLogUnavailableException extends ApiException {

	AuditLogUnavailableException(Duration waited) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Audit log unavailable", "The request was not served because it could "
				+ "not be recorded in the audit log: its queue stayed full for " + waited.toMillis() + " ms (the "
				+ "database is down or behind). Try again shortly.");
	}

}
