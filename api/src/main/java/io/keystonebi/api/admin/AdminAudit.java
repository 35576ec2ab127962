package io.keystonebi.api.admin;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;

import io.keystonebi.api.audit.AuditEvent;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.scope.DataScope;

/**
 * Publishes every administrative change for the audit log, with the administrator who made it; administrators
 * act on the whole brokerage, so that is the scope recorded.
 */
final class AdminAudit {

	private final ApplicationEventPublisher publisher;

	AdminAudit(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * @param actor who made the change
	 * @param action e.g. {@code account.update}
	 * @param resource e.g. {@code account:42}
	 * @param detail what changed; callers never put passwords in it
	 */
	void changed(Caller actor, String action, String resource, Map<String, Object> detail) {
		this.publisher.publishEvent(new AuditEvent(actor.accountId(), actor.username(), actor.role().id(), action,
				resource, DataScope.brokerage().key(), detail));
	}

}
