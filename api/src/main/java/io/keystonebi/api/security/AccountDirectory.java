package io.keystonebi.api.security;

import java.util.Optional;

import jakarta.servlet.ServletRequest;
import org.jdbi.v3.core.Jdbi;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;
import io.keystonebi.sql.accounts.TeamsSql;

/** Reads accounts for sign-in and for the check every request makes, and works out a caller's data scope. */
public class AccountDirectory implements UserDetailsService {

	private final Jdbi jdbi;

	AccountDirectory(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRow row = this.jdbi.withExtension(AccountsSql.class, sql -> sql.byUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("No account named " + username));
		return new AccountDetails(Caller.of(row), row.active(), row.passwordHash());
	}

	/**
	 * @param accountId an account id from a session or token
	 * @param credentialsVersion the version the session or token was granted under
	 * @return the caller as the account is now, or empty when the account is gone, deactivated or changed since
	 */
	public Optional<Caller> stillValid(long accountId, int credentialsVersion) {
		return this.jdbi.withExtension(AccountsSql.class, sql -> sql.byId(accountId))
			.filter(row -> row.active() && row.credentialsVersion() == credentialsVersion)
			.map(Caller::of);
	}

	/**
	 * @param accountId an account id
	 * @return the caller as the account is now, or empty when it is gone or deactivated
	 */
	public Optional<Caller> current(long accountId) {
		return this.jdbi.withExtension(AccountsSql.class, sql -> sql.byId(accountId))
			.filter(AccountRow::active)
			.map(Caller::of);
	}

	/**
	 * @param caller who asks
	 * @return whose data the caller's figures cover, in words for the page header
	 */
	public String scopeLabel(Caller caller) {
		return switch (caller.role().scope()) {
			case BROKERAGE -> "Whole brokerage";
			case AGENT -> "Your own leads and deals";
			case TEAM -> this.jdbi.withExtension(TeamsSql.class, sql -> sql.byId(caller.teamId()))
				.map((team) -> "Team " + team.name() + " (" + team.memberIds().size() + " agents)")
				.orElse("Your team");
		};
	}

	/**
	 * @param caller who asks
	 * @return whose data they see: an agent their own, a manager their team's current members', everyone else
	 * the whole brokerage
	 */
	public DataScope scopeOf(Caller caller) {
		return switch (caller.role().scope()) {
			case BROKERAGE -> DataScope.brokerage();
			case AGENT -> DataScope.agent(caller.warehouseUserId());
			case TEAM -> DataScope.team(caller.teamId(),
					this.jdbi.withExtension(TeamsSql.class, sql -> sql.memberIds(caller.teamId())));
		};
	}

	/**
	 * @param caller who asks
	 * @param request the request they ask in
	 * @return the scope a handler of this request was given, or else the caller's scope worked out now
	 */
	public DataScope scopeOf(Caller caller, ServletRequest request) {
		return (request.getAttribute(CallerArguments.SCOPE_ATTRIBUTE) instanceof DataScope given) ? given
				: scopeOf(caller);
	}

}
