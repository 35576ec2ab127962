package io.keystonebi.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** API answers for callers who are not signed in (401) or not allowed (403), as RFC 9457 problems. */
final class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

	// Written as the MVC layer writes problems: extra members at the top level, empty ones left out.
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

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
		// The CSRF check refuses before authorization does: a caller who is not signed in lacks a sign-in, not a
		// role, and a signed-in one lacks the token, not a role.
		if (!TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			commence(request, response, new InsufficientAuthenticationException("Not signed in", ex));
			return;
		}
		String detail = (ex instanceof CsrfException)
				? "A request relying on the browser session must send the page's CSRF token (X-CSRF-TOKEN); API "
						+ "clients send 'Authorization: Bearer <token>' instead."
				: "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".";
		write(response, HttpStatus.FORBIDDEN, "Not allowed", detail, request);
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
