package io.keystonebi.api.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import org.springframework.security.crypto.password.PasswordEncoder;

import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;
import io.keystonebi.sql.accounts.RefreshTokensSql;
import io.keystonebi.sql.accounts.TeamsSql;

/**
 * Creates and changes accounts with every rule checked before anything is written: names, the role's link to
 * an agent or a team, and password strength (ASVS 5.0 V6: at least 12 characters, not a common or derived one).
 * Changes that must end existing access also revoke the account's refresh tokens.
 */
public class AccountAdministration {

	static final int MIN_PASSWORD = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

	// As the accounts table's check: something, an at sign, a domain with a dot; no spaces.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12",
			"keystonebi123", "letmein12345", "welcome12345", "administrator", "passwordpassword", "changeme1234");

	private final SecureRandom random = new SecureRandom();

	private final Jdbi jdbi;

	private final PasswordEncoder passwords;

	AccountAdministration(Jdbi jdbi, PasswordEncoder passwords) {
		this.jdbi = jdbi;
		this.passwords = passwords;
	}

	/**
	 * @param change the new account
	 * @param password its password, or null to make one up
	 * @return the account and its password (to be shown once)
	 */
	public Created create(AccountChange change, String password) {
		String username = (change.username() == null) ? "" : change.username().trim().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidAccountException("username", "username '" + change.username() + "' must be 3 to 64 "
					+ "characters: lowercase letters, digits and . _ @ -, starting with a letter or digit.");
		}
		check(change);
		String secret = (password == null) ? generatePassword() : checkPassword(password, username);
		try {
			AccountRow row = this.jdbi.withExtension(AccountsSql.class, sql -> sql.insert(username,
					change.displayName().trim(), this.passwords.encode(secret), change.role().id(),
					link(change).warehouseUserId(), link(change).teamId(), email(change.email())));
			if (!change.active()) {
				row = update(row.id(), change);
			}
			return new Created(row, secret);
		}
		catch (UnableToExecuteStatementException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("accounts_username_key")) {
				throw AccountConflictException.taken(username);
			}
			throw ex;
		}
	}

	/**
	 * @param id the account
	 * @param change what it is to be (its username stays)
	 * @return the changed account
	 */
	public AccountRow update(long id, AccountChange change) {
		check(change);
		AccountChange linked = link(change);
		return this.jdbi.inTransaction(handle -> {
			AccountsSql accounts = handle.attach(AccountsSql.class);
			int before = accounts.byId(id).orElseThrow(() -> AccountConflictException.unknown(id)).credentialsVersion();
			AccountRow row = accounts.update(id, change.displayName().trim(), change.role().id(),
					linked.warehouseUserId(), linked.teamId(), change.active(), email(change.email())).orElseThrow();
			if (row.credentialsVersion() != before) {
				handle.attach(RefreshTokensSql.class).revokeAccount(id);
			}
			return row;
		});
	}

	/**
	 * @param id the account
	 * @param password the new password, or null to make one up
	 * @return the new password (to be shown once); every session and token of the account ends
	 */
	public String resetPassword(long id, String password) {
		AccountRow account = this.jdbi.withExtension(AccountsSql.class, sql -> sql.byId(id))
			.orElseThrow(() -> AccountConflictException.unknown(id));
		String secret = (password == null) ? generatePassword() : checkPassword(password, account.username());
		this.jdbi.useTransaction(handle -> {
			handle.attach(AccountsSql.class).changePassword(id, this.passwords.encode(secret));
			handle.attach(RefreshTokensSql.class).revokeAccount(id);
		});
		return secret;
	}

	private void check(AccountChange change) {
		if (change.displayName() == null || change.displayName().isBlank() || change.displayName().length() > 120) {
			throw new InvalidAccountException("display_name", "display_name must be 1 to 120 characters.");
		}
		if (change.role() == null) {
			throw new InvalidAccountException("role", "role is required: admin, executive, manager, agent or viewer.");
		}
		String email = email(change.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new InvalidAccountException("email", "email '" + change.email() + "' is not an e-mail address "
					+ "(name@domain.tld).");
		}
		TeamsSql teams = this.jdbi.onDemand(TeamsSql.class);
		if (change.role() == Role.AGENT && (change.warehouseUserId() == null
				|| !teams.userExists(change.warehouseUserId()))) {
			throw new InvalidAccountException("warehouse_user_id", "An agent account needs warehouse_user_id, the "
					+ "id of an existing agent; got " + change.warehouseUserId() + ".");
		}
		if (change.role() == Role.MANAGER && (change.teamId() == null || teams.byId(change.teamId()).isEmpty())) {
			throw new InvalidAccountException("team_id", "A manager account needs team_id, the id of an existing "
					+ "team; got " + change.teamId() + ".");
		}
	}

	private static String email(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	// Only the link the role uses is kept, so a manager turned executive does not keep a stale team.
	private static AccountChange link(AccountChange change) {
		return new AccountChange(change.username(), change.displayName(), change.role(),
				(change.role() == Role.AGENT) ? change.warehouseUserId() : null,
				(change.role() == Role.MANAGER) ? change.teamId() : null, change.active(), change.email());
	}

	private static String checkPassword(String password, String username) {
		if (password.length() < MIN_PASSWORD || password.length() > 256) {
			throw new InvalidAccountException("password", "password must be " + MIN_PASSWORD + " to 256 characters; "
					+ "got " + password.length() + ".");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.contains(username) || password.chars().distinct().count() < 5) {
			throw new InvalidAccountException("password", "password is too easy to guess: it is a common password, "
					+ "contains the username or repeats a few characters.");
		}
		return password;
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * A new account.
	 *
	 * @param account the stored row
	 * @param password its password, to be shown to whoever created it once and never again
	 */
	public record Created(AccountRow account, String password) {
	}

}
