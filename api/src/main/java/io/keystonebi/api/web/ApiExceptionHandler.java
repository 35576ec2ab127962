package io.keystonebi.api.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.keystonebi.etl.imports.ImportException;
import io.keystonebi.etl.imports.ImportNotRestartableException;
import io.keystonebi.etl.imports.ImportRunNotFoundException;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * The one place exceptions become HTTP problems (RFC 9457). Spring MVC's own failures (unknown path, wrong
 * method, ...) keep their standard problem responses from the base class; a failure nobody expected is
 * logged here and answered with a generic 500 that reveals no internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidReportParameterException.class)
	ProblemDetail invalidReportParameter(InvalidReportParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request parameter", ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("value", ex.value());
		return problem;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex) {
		ProblemDetail problem = problem(ex.status(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		if (ex.instance() != null) {
			problem.setInstance(URI.create(ex.instance()));
		}
		return ResponseEntity.status(ex.status()).headers(ex.headers()).body(problem);
	}

	@ExceptionHandler(ImportRunNotFoundException.class)
	ProblemDetail importRunNotFound(ImportRunNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Import run not found", ex.getMessage());
	}

	@ExceptionHandler(ImportNotRestartableException.class)
	ProblemDetail importNotRestartable(ImportNotRestartableException ex) {
		return problem(HttpStatus.CONFLICT, "Import cannot be restarted", ex.getMessage());
	}

	@ExceptionHandler(ImportException.class)
	ProblemDetail badImport(ImportException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Import request not valid", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Request failed unexpectedly", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server could not complete the request; the failure has been logged.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
