package io.keystonebi.api.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Lets only holders of {@code bi.api.metrics.scrape-token} read the Prometheus endpoint: they send
 * {@code Authorization: Bearer <token>}, anyone else gets 401. It runs before sign-in's filters and hides the
 * accepted token from them, so a JWT check never takes it for a malformed JWT; accepted requests carry the request
 * attribute {@link #ACCEPTED}, which sign-in can treat as permission to read the endpoint.
 */
public final class ScrapeTokenFilter extends OncePerRequestFilter {

	/** Request attribute set to {@code Boolean.TRUE} on a scrape that presented the right token. */
	public static final String ACCEPTED = ScrapeTokenFilter.class.getName() + ".ACCEPTED";

	private static final String BEARER = "Bearer ";

	private final String path;

	private final byte[] token;

	private final HandlerExceptionResolver problems;

	ScrapeTokenFilter(String path, String token, HandlerExceptionResolver problems) {
		this.path = path;
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return !this.path.equals(request.getServletPath() + ((pathInfo != null) ? pathInfo : ""));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& MessageDigest.isEqual(this.token,
						authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
			request.setAttribute(ACCEPTED, Boolean.TRUE);
			chain.doFilter(new WithoutAuthorization(request), response);
			return;
		}
		if (this.problems.resolveException(request, response, null,
				new ScrapeTokenRejectedException(this.path)) == null) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
	}

	/** The request as the filters after this one see it: without the scrape token. */
	private static final class WithoutAuthorization extends HttpServletRequestWrapper {

		WithoutAuthorization(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name))
				.toList());
		}

	}

}
