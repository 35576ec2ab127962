package io.keystonebi.api.security;

/**
 * A sign-in attempt or token event, published for the audit log.
 *
 * @param outcome {@code succeeded}, {@code failed} or {@code refresh_reused}
 * @param username the name given (failed attempts) or the account's
 * @param accountId the account, or null when the name matched none
 * @param channel {@code web} or {@code api}
 * @param reason why it failed, or null
 */
public record SignInEvent(String outcome, String username, Long accountId, String channel, String reason) {
}
