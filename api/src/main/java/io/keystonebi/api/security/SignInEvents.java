package io.keystonebi.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;

/** Logs sign-ins and publishes them as {@link SignInEvent}s for the audit log. */
class SignInEvents {

	private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

	private final ApplicationEventPublisher publisher;

	SignInEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void succeeded(Caller caller, String channel) {
		log.info("Signed in: {} ({}) by {}", caller.username(), caller.role().id(), channel);
		this.publisher.publishEvent(new SignInEvent("succeeded", caller.username(), caller.accountId(), channel, null));
	}

	void failed(String username, String channel, AuthenticationException ex) {
		// The name is logged as typed (it may be a mistyped password): at most 64 characters, never the password.
		String name = (username == null) ? "" : username.substring(0, Math.min(username.length(), 64));
		log.warn("Sign-in failed for '{}' by {}: {}", name, channel, ex.getClass().getSimpleName());
		this.publisher.publishEvent(new SignInEvent("failed", name, null, channel, ex.getClass().getSimpleName()));
	}

	void refreshReused(long accountId) {
		log.warn("A used refresh token of account {} was presented again; its sign-in is revoked", accountId);
		this.publisher.publishEvent(new SignInEvent("refresh_reused", null, accountId, "api", "reused refresh token"));
	}

}
