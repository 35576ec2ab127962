package io.keystonebi.api.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which roles may call which API path: the one list that the API filter chain enforces and that the API
 * documentation states (each operation's {@code x-roles}), so the two cannot disagree. The first rule that
 * matches decides; a path no rule names is open to every signed-in role for reading and to every role but
 * Viewer for changes. An endpoint for administrators only goes
 * under {@code /api/v1/admin/}; one for some other set of roles gets a rule here.
 */
public final class ApiAccess {

	private static final Access SIGNED_IN = new Access(false, Collections.unmodifiableSet(EnumSet.allOf(Role.class)));

	private static final Set<Role> WRITERS = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Role.VIEWER)));

	private static final List<Rule> RULES = List.of(
			// Each checks a credential of its own: a password, a refresh token, a webhook signature.
			Rule.open(null, "/api/v1/webhooks/**", "/api/v1/auth/token", "/api/v1/auth/revoke"),
			Rule.roles(EnumSet.of(Role.ADMIN), null, "/api/v1/admin/**"),
			// The delivery log names every recipient's address: administrators only.
			Rule.roles(EnumSet.of(Role.ADMIN), null, "/api/v1/reports/deliveries", "/api/v1/reports/deliveries/**"),
			// Everyone keeps their own dashboard layout, viewers included: it changes no data.
			Rule.roles(EnumSet.allOf(Role.class), HttpMethod.PUT, "/api/v1/config/dashboard"),
			// Making a report changes no data: viewers preview and download reports too (without commission).
			Rule.roles(EnumSet.allOf(Role.class), HttpMethod.POST, "/api/v1/reports/preview",
					"/api/v1/reports/generate"),
			// Viewers only read: every other change is for the other roles.
			Rule.roles(WRITERS, HttpMethod.POST, "/api/**"), Rule.roles(WRITERS, HttpMethod.PUT, "/api/**"),
			Rule.roles(WRITERS, HttpMethod.PATCH, "/api/**"), Rule.roles(WRITERS, HttpMethod.DELETE, "/api/**"));

	private ApiAccess() {
	}

	/**
	 * @param method an operation's method
	 * @param path its path as the API documentation writes it, e.g. {@code /api/v1/admin/imports/{id}}
	 * @return who may call it
	 */
	public static Access of(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return RULES.stream()
			.filter((rule) -> rule.matches(method, container))
			.findFirst()
			.map(Rule::access)
			.orElse(SIGNED_IN);
	}

	/** Adds the rules, in order, to the API filter chain's authorization (before its catch-all rule). */
	static void authorize(
			AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry authorize) {
		for (Rule rule : RULES) {
			AuthorizeHttpRequestsConfigurer<?>.AuthorizedUrl url = (rule.method() != null)
					? authorize.requestMatchers(rule.method(), rule.patterns())
					: authorize.requestMatchers(rule.patterns());
			if (rule.access().open()) {
				url.permitAll();
			}
			else {
				url.hasAnyRole(rule.access().roles().stream().map(Role::name).toArray(String[]::new));
			}
		}
	}

	/** @return the requests that need no sign-in (nor, carrying no session to ride on, a CSRF token) */
	static RequestMatcher openRequests() {
		PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(RULES.stream()
			.filter((rule) -> rule.access().open())
			.flatMap((rule) -> Arrays.stream(rule.patterns()).map((pattern) -> matchers.matcher(rule.method(), pattern)))
			.map(RequestMatcher.class::cast)
			.toList());
	}

	/**
	 * Who may call an operation.
	 *
	 * @param open whether it needs no sign-in at all (it then checks a credential of its own)
	 * @param roles the roles that may call it; every role when it is open
	 */
	public record Access(boolean open, Set<Role> roles) {
	}

	private record Rule(HttpMethod method, String[] patterns, List<PathPattern> parsed, Access access) {

		static Rule open(HttpMethod method, String... patterns) {
			return new Rule(method, patterns, parse(patterns), new Access(true, SIGNED_IN.roles()));
		}

		static Rule roles(Set<Role> roles, HttpMethod method, String... patterns) {
			return new Rule(method, patterns, parse(patterns), new Access(false, Collections.unmodifiableSet(roles)));
		}

		boolean matches(HttpMethod method, PathContainer path) {
			return (this.method == null || this.method.equals(method))
					&& this.parsed.stream().anyMatch((pattern) -> pattern.matches(path));
		}

		private static List<PathPattern> parse(String[] patterns) {
			return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
		}

	}

}
