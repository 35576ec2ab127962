package io.keystonebi.api.reports;

import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** The caller's report file is past its expiry: it must be made again. */
final class ReportFileExpiredException extends ApiException {

	private static final long serialVersionUID = 1L;

	ReportFileExpiredException(String id, OffsetDateTime expiredAt) {
		super(HttpStatus.GONE, "Report file expired",
				"Report file " + id + " expired at " + expiredAt + "; generate the report again.");
	}

}
