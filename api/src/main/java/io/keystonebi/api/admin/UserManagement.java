package io.keystonebi.api.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.api.security.AccountAdministration;
import io.keystonebi.api.security.AccountChange;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;
import io.keystonebi.sql.accounts.AccountOverviewRow;
import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;

/**
 * What the user API and pages do with accounts: the account rules themselves are {@link AccountAdministration}'s;
 * this adds the administrator's own-account guard and the audit events. Requests are bean-validated before
 * they get here.
 */
class UserManagement {

	// Whether the password was made up or chosen. Not named after the password: the audit log keeps only the name
	// of a detail whose name mentions one, never its value.
	private static final String CREDENTIAL_SOURCE = "credential_source";

	private final Jdbi jdbi;

	private final AccountAdministration accounts;

	private final AdminAudit audit;

	UserManagement(Jdbi jdbi, AccountAdministration accounts, AdminAudit audit) {
		this.jdbi = jdbi;
		this.accounts = accounts;
		this.audit = audit;
	}

	List<UserView> list() {
		return this.jdbi.withExtension(AccountsSql.class, AccountsSql::overview).stream().map(UserView::of).toList();
	}

	UserView get(long id) {
		return this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.overviewById(id)).map(UserView::of)
			.orElseThrow(() -> NotFoundException.account(id));
	}

	/** @return the new account, and its password when it was made up (to be shown once) */
	Created create(Caller actor, UserRequests.Create request) {
		AccountAdministration.Created created = this.accounts.create(new AccountChange(request.username(),
				request.displayName(), Role.of(request.role()), request.warehouseUserId(), request.teamId(), true,
				request.email()),
				request.password());
		AccountRow row = created.account();
		Map<String, Object> detail = describe(row);
		detail.put(CREDENTIAL_SOURCE, (request.password() == null) ? "made_up" : "chosen");
		this.audit.changed(actor, "account.create", "account:" + row.id(), detail);
		return new Created(get(row.id()), (request.password() == null) ? created.password() : null);
	}

	UserView update(Caller actor, long id, UserRequests.Update request) {
		Role role = Role.of(request.role());
		if (id == actor.accountId()) {
			if (!request.active()) {
				throw SelfLockoutException.deactivation();
			}
			if (role != Role.ADMIN) {
				throw SelfLockoutException.demotion(role.id());
			}
		}
		AccountRow before = this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.byId(id))
			.orElseThrow(() -> NotFoundException.account(id));
		AccountRow after = this.accounts.update(id, new AccountChange(before.username(), request.displayName(), role,
				request.warehouseUserId(), request.teamId(), request.active(), request.email()));
		Map<String, Object> detail = describe(after);
		detail.put("changed", changes(before, after));
		detail.put("access_ended", after.credentialsVersion() != before.credentialsVersion());
		this.audit.changed(actor, "account.update", "account:" + id, detail);
		return get(id);
	}

	/** @return the made-up password (to be shown once), or null when the administrator chose it */
	String resetPassword(Caller actor, long id, String password) {
		get(id);
		String secret = this.accounts.resetPassword(id, password);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put(CREDENTIAL_SOURCE, (password == null) ? "made_up" : "chosen");
		this.audit.changed(actor, "account.password_reset", "account:" + id, detail);
		return (password == null) ? secret : null;
	}

	private static Map<String, Object> describe(AccountRow row) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("username", row.username());
		detail.put("role", row.role());
		detail.put("warehouse_user_id", row.warehouseUserId());
		detail.put("team_id", row.teamId());
		detail.put("active", row.active());
		detail.put("email_set", row.email() != null);
		return detail;
	}

	private static List<String> changes(AccountRow before, AccountRow after) {
		Map<String, Boolean> differs = new LinkedHashMap<>();
		differs.put("display_name", !before.displayName().equals(after.displayName()));
		differs.put("role", !before.role().equals(after.role()));
		differs.put("warehouse_user_id", !Objects.equals(before.warehouseUserId(), after.warehouseUserId()));
		differs.put("team_id", !Objects.equals(before.teamId(), after.teamId()));
		differs.put("active", before.active() != after.active());
		differs.put("email", !Objects.equals(before.email(), after.email()));
		return differs.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
	}

	/**
	 * A new account.
	 *
	 * @param user the account
	 * @param password its made-up password, shown this once; null when the administrator chose it
	 */
	record Created(UserView user, String password) {
	}

}
