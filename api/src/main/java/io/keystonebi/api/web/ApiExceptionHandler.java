package io.keystonebi.api.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
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

	// Bean validation of a request body: every rejected field by its JSON name, with the value that was refused.
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(ApiExceptionHandler::fieldError)
			.toList();
		String detail = errors.stream().map((error) -> error.get("field") + " " + error.get("message"))
			.collect(Collectors.joining("; "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		problem.setProperty("field", errors.isEmpty() ? null : errors.get(0).get("field"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	// A body that is not JSON, has a field of the wrong type, or a field the endpoint does not take (which is how
	// mass assignment is refused: nothing unlisted is ever bound).
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem;
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "'" + unknown.getPropertyName()
					+ "' is not a field of this request; it takes " + unknown.getKnownPropertyIds() + ".");
			problem.setProperty("field", unknown.getPropertyName());
		}
		else if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
			String field = bad.getPath().stream().map((reference) -> (reference.getPropertyName() != null)
					? reference.getPropertyName() : "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."));
			problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " has a value of the wrong type "
					+ "or format.");
			problem.setProperty("field", field);
		}
		else {
			problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request body is not valid JSON.");
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static Map<String, Object> fieldError(FieldError error) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("field", snake(error.getField()));
		entry.put("message", error.getDefaultMessage());
		Object rejected = error.getRejectedValue();
		// A refused password is never echoed back.
		entry.put("rejected_value", (rejected instanceof String text && !error.getField().toLowerCase().contains(
				"password") && text.length() <= 200) ? text : null);
		return entry;
	}

	private static String snake(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
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
