package io.keystonebi.api.ratelimit;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for sign-in: where Spring Security's filter chain runs, a request naming a user in {@value #HEADER}
 * gets that user as its principal.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSignIn {

	static final String HEADER = "X-Test-User";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> testSignInFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String user = request.getHeader(HEADER);
						chain.doFilter((user != null) ? new SignedIn(request, () -> user) : request, response);
					}

				});
		registration.setOrder(-100);
		return registration;
	}

	private static final class SignedIn extends HttpServletRequestWrapper {

		private final Principal user;

		SignedIn(HttpServletRequest request, Principal user) {
			super(request);
			this.user = user;
		}

		@Override
		public Principal getUserPrincipal() {
			return this.user;
		}

	}

}
