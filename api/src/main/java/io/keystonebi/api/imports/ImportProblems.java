package io.keystonebi.api.imports;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.keystonebi.etl.imports.ImportException;
import io.keystonebi.etl.imports.ImportNotRestartableException;
import io.keystonebi.etl.imports.ImportRunNotFoundException;

/** Import failures as RFC 9457 problem details whose detail names the bad file, column or value. */
@RestControllerAdvice(assignableTypes = ImportController.class)
class ImportProblems {

	@ExceptionHandler
	ProblemDetail runNotFound(ImportRunNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Import run not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notRestartable(ImportNotRestartableException ex) {
		return problem(HttpStatus.CONFLICT, "Import cannot be restarted", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badImport(ImportException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Import request not valid", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badParameter(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Request parameter not valid", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail failed(ImportRunFailedException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Import failed", ex.getMessage());
		problem.setInstance(URI.create("/api/v1/admin/imports/" + ex.summary().run().id()));
		problem.setProperty("run_id", ex.summary().run().id());
		problem.setProperty("rows_loaded", ex.summary().run().rowsLoaded());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
