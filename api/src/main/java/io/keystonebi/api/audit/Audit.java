package io.keystonebi.api.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;

import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;

/**
 * The short way to record what a signed-in caller did (an export, a schedule or account change): publishes the
 * {@link AuditEvent} with the caller's account, role and data scope filled in.
 */
public class Audit {

	private final ApplicationEventPublisher publisher;

	private final AccountDirectory accounts;

	Audit(ApplicationEventPublisher publisher, AccountDirectory accounts) {
		this.publisher = publisher;
		this.accounts = accounts;
	}

	/**
	 * @param caller who did it
	 * @param action what, dotted: {@code schedule.change}, {@code data.export}, {@code account.create}, ...
	 * @param resource what it was done to, e.g. {@code schedule:12}
	 * @param detail anything else worth keeping: never passwords, tokens or personal data (values under names
	 * that look like them are dropped anyway)
	 * @throws AuditLogUnavailableException when the audit log cannot take the entry
	 */
	public void record(Caller caller, String action, String resource, Map<String, ?> detail) {
		this.publisher.publishEvent(new AuditEvent(caller.accountId(), caller.username(), caller.role().id(), action,
				resource, this.accounts.scopeOf(caller).key(),
				(detail == null) ? Map.of() : new LinkedHashMap<String, Object>(detail)));
	}

}
