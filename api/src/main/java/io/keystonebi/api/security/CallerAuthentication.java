package io.keystonebi.api.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an access token, after its account was found active and unchanged. */
final class CallerAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final Caller caller;

	CallerAuthentication(Caller caller) {
		super(List.of(new SimpleGrantedAuthority(caller.role().authority())));
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.username();
	}

	/**
	 * @param authentication an authenticated request's authentication
	 * @return the caller behind it, or null when it is not one of ours (anonymous)
	 */
	static Caller callerOf(Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Caller caller) {
			return caller;
		}
		return (principal instanceof AccountDetails details) ? details.caller() : null;
	}

}
