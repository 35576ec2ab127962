package io.keystonebi.api.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in browser session at its next request once its account is deactivated or changed (role, team,
 * agent or password): the session is dropped and the request goes on unauthenticated, so it is sent to sign-in.
 * Access tokens get the same check when they are decoded.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

	private final AccountDirectory accounts;

	SessionAccountCheck(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
			Caller caller = details.caller();
			Optional<Caller> now = this.accounts.stillValid(caller.accountId(), caller.credentialsVersion());
			if (now.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

}
