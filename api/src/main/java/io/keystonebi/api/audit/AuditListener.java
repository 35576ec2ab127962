package io.keystonebi.api.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.event.EventListener;

import io.keystonebi.api.security.SignInEvent;
import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;

/**
 * Records sign-ins and the {@link AuditEvent}s others publish. Listeners run in the publisher's thread, so the
 * entry carries the request's id and address.
 * <p>
 * A failed sign-in under a name that matches no account keeps no name: such a name is often a password typed into
 * the wrong field.
 */
class AuditListener {

	private final AuditLog log;

	private final Jdbi jdbi;

	private final Clock clock;

	AuditListener(AuditLog log, Jdbi jdbi, Clock clock) {
		this.log = log;
		this.jdbi = jdbi;
		this.clock = clock;
	}

	@EventListener
	void signIn(SignInEvent event) {
		Optional<AccountRow> account = (event.accountId() != null)
				? this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.byId(event.accountId()))
				: known(event.username());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("channel", event.channel());
		if (event.reason() != null) {
			detail.put("reason", event.reason());
		}
		if (account.isEmpty()) {
			detail.put("account", "unknown");
		}
		AuditEntries.Actor actor = account.map((row) -> new AuditEntries.Actor(row.id(), row.username(), row.role()))
			.orElse(AuditEntries.Actor.NOBODY);
		String resource = account.map((row) -> "account:" + row.id()).orElse(null);
		this.log.record(AuditEntries.entry(this.clock.instant(), actor, "sign_in." + event.outcome(), resource, null,
				detail, RequestFacts.current()));
	}

	@EventListener
	void audit(AuditEvent event) {
		AuditEntries.Actor actor = new AuditEntries.Actor(event.actorAccountId(), event.actorUsername(),
				event.actorRole());
		this.log.record(AuditEntries.entry(this.clock.instant(), actor, event.action(), event.resource(),
				event.scope(), event.detail(), RequestFacts.current()));
	}

	private Optional<AccountRow> known(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.byUsername(username));
	}

}
