package io.keystonebi.api.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.metrics.ScrapeTokenFilter;

/**
 * Who may call what. Two filter chains: the API ({@code /api/**}, {@code /actuator/**}) answers 401/403 as
 * problems and takes a bearer token or the browser's session; the pages use form sign-in and send strangers to
 * it. Both send the same protective headers. Actuator endpoints other than health, and the API documentation,
 * are open only in the demo profile; elsewhere they need an administrator. Which roles may call which API path is
 * {@link ApiAccess}'s to say, so that the API documentation states the same rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
public class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final String[] HEALTH = { "/actuator/health", "/actuator/health/**" };

	private static final String UNSUBSCRIBE = "/reports/unsubscribe";

	private static final String[] DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	AuthenticationManager authenticationManager(AccountDirectory accounts, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		return new ProviderManager(provider);
	}

	@Bean
	AccessTokens accessTokens(ApiProperties properties, AccountDirectory accounts, Environment environment) {
		ApiProperties.Security settings = properties.security();
		return new AccessTokens(SigningKey.resolve(settings.jwtSigningKey(), demo(environment)), settings, accounts,
				Clock.systemUTC());
	}

	@Bean
	RefreshTokens refreshTokens(Jdbi jdbi, ApiProperties properties) {
		return new RefreshTokens(jdbi, properties.security().refreshTokenLifetime(), Clock.systemUTC());
	}

	@Bean
	SignInEvents signInEvents(ApplicationEventPublisher publisher) {
		return new SignInEvents(publisher);
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(ApiProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		List<String> origins = properties.security().corsAllowedOrigins();
		if (!origins.isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(origins);
			cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
			cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
					"RateLimit-Reset"));
			cors.setAllowCredentials(false);
			cors.setMaxAge(3600L);
			source.registerCorsConfiguration("/api/**", cors);
		}
		return source;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccessTokens tokens, AccountDirectory accounts,
			Environment environment) throws Exception {
		boolean demo = demo(environment);
		ProblemEntryPoints problems = new ProblemEntryPoints();
		// Bearer requests carry no ambient credential, so cross-site forgery cannot ride on them; requests that
		// rely on the session cookie must send the page's CSRF token.
		RequestMatcher bearer = (request) -> request.getHeader("Authorization") != null;
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests((authorize) -> {
				authorize.requestMatchers(HEALTH).permitAll();
				ApiAccess.authorize(authorize);
				// Prometheus cannot sign in: a request the scrape token filter accepted may read the metrics.
				authorize.requestMatchers((request) -> Boolean.TRUE.equals(
						request.getAttribute(ScrapeTokenFilter.ACCEPTED))).permitAll();
				if (demo) {
					authorize.requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**").permitAll();
				}
				authorize.requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**").hasRole("ADMIN")
					.anyRequest().authenticated();
			})
			.csrf((csrf) -> csrf.ignoringRequestMatchers(bearer)
				.ignoringRequestMatchers(ApiAccess.openRequests()))
			.cors((cors) -> { })
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.oauth2ResourceServer((resource) -> resource
				.jwt((jwt) -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.addFilterBefore(new SessionAccountCheck(accounts), AnonymousAuthenticationFilter.class)
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AccountDirectory accounts, SignInEvents events,
			Environment environment) throws Exception {
		boolean demo = demo(environment);
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		// After sign-in the browser goes back to the page it asked for, with its own address (no added parameter).
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		success.setRequestCache(requestCache);
		http.authorizeHttpRequests((authorize) -> {
			authorize.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/icons/**", "/webjars/**", "/sw.js",
					"/manifest.webmanifest", "/favicon.svg", "/favicon.ico",
					"/error").permitAll();
			// Report e-mails' unsubscribe links: their signed token is the credential.
			authorize.requestMatchers(UNSUBSCRIBE).permitAll();
			if (demo) {
				authorize.requestMatchers(DOCS).permitAll();
			}
			authorize.requestMatchers(DOCS).hasRole("ADMIN")
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated();
		})
			.formLogin((form) -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> {
					events.succeeded(CallerAuthentication.callerOf(authentication), "web");
					success.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, ex) -> {
					events.failed(request.getParameter("username"), "web", ex);
					failure.onAuthenticationFailure(request, response, ex);
				}))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::oneClickUnsubscribe))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out")
				.deleteCookies("KEYSTONE_SESSION"))
			.addFilterBefore(new SessionAccountCheck(accounts), AnonymousAuthenticationFilter.class);
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true)
				.maxAgeInSeconds(31_536_000)
				// Sent on every answer: behind a TLS-terminating proxy the app itself only sees plain HTTP.
				.requestMatcher(AnyRequestMatcher.INSTANCE))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions
				.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
	}

	// RFC 8058: a mail client's one-click POST carries the signed token in the query string and no CSRF token; it
	// rides on no session, and the token cannot be forged. The page's own confirmation form keeps its CSRF check.
	private static boolean oneClickUnsubscribe(HttpServletRequest request) {
		String query = request.getQueryString();
		return "POST".equals(request.getMethod()) && UNSUBSCRIBE.equals(request.getServletPath())
				&& query != null && (query.startsWith("token=") || query.contains("&token="));
	}

	private static boolean demo(Environment environment) {
		return environment.acceptsProfiles(Profiles.of("demo"));
	}

}
