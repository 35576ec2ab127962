package io.keystonebi.api.ratelimit;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.keystonebi.api.ApiProperties;

/**
 * Counts each request for its user ({@code user:<name>}, once sign-in has put a principal on the request) or
 * else its client address ({@code ip:<address>}, as the servlet container reports it, which honours
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says a trusted proxy sets it).
 * Every limited answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset};
 * a refused one is a 429 problem with {@code Retry-After}, written by the application's exception handler.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	static final String LIMIT = "RateLimit-Limit";

	static final String REMAINING = "RateLimit-Remaining";

	static final String RESET = "RateLimit-Reset";

	private final RateLimiter limiter;

	private final HandlerExceptionResolver problems;

	private final List<PathPattern> exempt;

	private final List<PathPattern> costly;

	private final Quota requests;

	private final Quota costlyRequests;

	private final Map<String, Counter> refusals;

	RateLimitFilter(RateLimiter limiter, ApiProperties.RateLimit settings, HandlerExceptionResolver problems,
			MeterRegistry meters) {
		this.limiter = limiter;
		this.problems = problems;
		this.exempt = patterns("bi.api.rate-limit.exempt-paths", settings.exemptPaths());
		this.costly = patterns("bi.api.rate-limit.costly-paths", settings.costlyPaths());
		this.requests = new Quota("requests", settings.requestsPerMinute(), "bi.api.rate-limit.requests-per-minute");
		this.costlyRequests = new Quota("costly", settings.costlyPerMinute(), "bi.api.rate-limit.costly-per-minute");
		// Both exist at zero from the start, so a rate over them is never missing.
		this.refusals = Map.of("requests", refusals(meters, "requests"), "costly", refusals(meters, "costly"));
	}

	private static Counter refusals(MeterRegistry meters, String kind) {
		return Counter.builder("bi.rate.limit.rejections")
			.description("Requests refused with 429 by the rate limit, by the quota that was full")
			.tag("kind", kind)
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return matches(this.exempt, path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Quota> quotas = matches(this.costly, path(request)) ? List.of(this.requests, this.costlyRequests)
				: List.of(this.requests);
		Decision decision = this.limiter.acquire(client(request), quotas);
		response.setHeader(LIMIT, Integer.toString(decision.quota().limit()));
		response.setHeader(REMAINING, Integer.toString(decision.remaining()));
		response.setHeader(RESET, Long.toString(decision.resetSeconds()));
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		this.refusals.get(decision.quota().kind()).increment();
		ModelAndView handled = this.problems.resolveException(request, response, null,
				new RateLimitExceededException(decision));
		if (handled == null) {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	private static String client(HttpServletRequest request) {
		Principal user = request.getUserPrincipal();
		return (user != null) ? "user:" + user.getName() : "ip:" + request.getRemoteAddr();
	}

	// The container's decoded and normalised path: the raw URI could hide "/../" behind an exempt prefix.
	private static PathContainer path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return PathContainer.parsePath(request.getServletPath() + ((pathInfo != null) ? pathInfo : ""));
	}

	private static boolean matches(List<PathPattern> patterns, PathContainer path) {
		return patterns.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static List<PathPattern> patterns(String property, List<String> patterns) {
		return patterns.stream().map((pattern) -> {
			try {
				return PathPatternParser.defaultInstance.parse(pattern);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						property + ": '" + pattern + "' is not a path pattern (" + ex.getMessage() + ")", ex);
			}
		}).toList();
	}

}
