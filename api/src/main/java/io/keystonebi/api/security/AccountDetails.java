package io.keystonebi.api.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as form sign-in checks it; the password hash is dropped once the check is done. */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Caller caller;

	private final boolean active;

	private String passwordHash;

	AccountDetails(Caller caller, boolean active, String passwordHash) {
		this.caller = caller;
		this.active = active;
		this.passwordHash = passwordHash;
	}

	Caller caller() {
		return this.caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.caller.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.caller.username();
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
