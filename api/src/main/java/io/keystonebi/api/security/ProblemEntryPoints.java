package io.keystonebi.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** API answers for callers who are not signed in (401) or not allowed (403), as RFC 9457 problems. */
final class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean badToken = ex instanceof InvalidBearerTokenException
				|| request.getHeader("Authorization") != null;
		String detail = badToken ? "The access token is missing, malformed, expired, not ours, or its account was "
				+ "deactivated or changed since it was issued. Get a new one from POST /api/v1/auth/token."
				: "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token, or use the "
						+ "web session.";
		response.setHeader("WWW-Authenticate", badToken
				? "Bearer error=\"invalid_token\", error_description=\"The access token is not valid\""
				: "Bearer");
		write(response, HttpStatus.UNAUTHORIZED, "Authentication required", detail, request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Not allowed",
				"Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".", request);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
