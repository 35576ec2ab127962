package io.keystonebi.reports.schedule;

import java.util.List;
import java.util.Locale;

import io.keystonebi.sql.schedules.RecipientAccountRow;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * One e-mail a run plans: to whom, and whether it waits to be sent or is logged at once as skipped or
 * unsubscribed.
 */
record PlannedDelivery(long recipientId, String recipientKey, String email, String status, String reason) {

	/**
	 * @param recipient a schedule's recipient
	 * @param sql where its account or team is read
	 * @return its e-mails: one, or one per account of a team (each later made for that account's own scope)
	 */
	static List<PlannedDelivery> expand(RecipientRow recipient, SchedulesSql sql) {
		return switch (recipient.kind()) {
			case "account" -> sql.account(recipient.accountId()).stream()
				.map((account) -> forAccount(recipient, account))
				.toList();
			case "team" -> sql.teamAccounts(recipient.teamId()).stream()
				.map((account) -> forAccount(recipient, account))
				.toList();
			default -> List.of(new PlannedDelivery(recipient.id(),
					"email:" + recipient.email().toLowerCase(Locale.ROOT), recipient.email(),
					(recipient.unsubscribedAt() != null) ? "unsubscribed" : "pending", null));
		};
	}

	private static PlannedDelivery forAccount(RecipientRow recipient, RecipientAccountRow account) {
		String key = "account:" + account.id();
		if (recipient.unsubscribedAt() != null) {
			return new PlannedDelivery(recipient.id(), key, account.email(), "unsubscribed", null);
		}
		if (!account.active()) {
			return new PlannedDelivery(recipient.id(), key, account.email(), "skipped",
					"account " + account.displayName() + " is inactive");
		}
		if (account.email() == null) {
			return new PlannedDelivery(recipient.id(), key, null, "skipped",
					"account " + account.displayName() + " has no e-mail address");
		}
		return new PlannedDelivery(recipient.id(), key, account.email(), "pending", null);
	}

}
