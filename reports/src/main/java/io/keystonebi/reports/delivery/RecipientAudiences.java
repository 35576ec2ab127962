package io.keystonebi.reports.delivery;

import java.util.Set;

import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.schedules.ClaimedDeliveryRow;
import io.keystonebi.sql.schedules.RecipientAccountRow;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * Whose data a recipient gets, read at send time so a changed role or team counts: admins and executives the
 * whole brokerage, viewers the brokerage without personal or commission columns, a manager their team's current
 * members, an agent their own book. Outside addresses get their stored scope, seen like a viewer.
 */
final class RecipientAudiences {

	static final Set<Sensitivity> VIEWER_HIDDEN = Sensitivity.hiddenFromReadOnly();

	private RecipientAudiences() {
	}

	static Outcome resolve(ClaimedDeliveryRow delivery, SchedulesSql sql) {
		String key = delivery.recipientKey();
		if (key.startsWith("email:")) {
			return external(delivery, sql);
		}
		long accountId = Long.parseLong(key.substring("account:".length()));
		return sql.account(accountId).map((account) -> account(account, sql))
			.orElseGet(() -> Outcome.skip("account " + accountId + " no longer exists"));
	}

	private static Outcome account(RecipientAccountRow account, SchedulesSql sql) {
		if (!account.active()) {
			return Outcome.skip("account " + account.displayName() + " is inactive");
		}
		if (account.email() == null) {
			return Outcome.skip("account " + account.displayName() + " has no e-mail address");
		}
		Audience audience = switch (account.role()) {
			case "admin", "executive" -> new Audience(DataScope.brokerage(), "Whole brokerage", Set.of());
			case "manager" -> team(account.teamId(), sql, Set.of());
			// Named for the agent whose book it is, so every account reading that book shares one render.
			case "agent" -> new Audience(DataScope.agent(account.warehouseUserId()),
					sql.userName(account.warehouseUserId()).orElse(account.displayName()) + "'s own book", Set.of());
			default -> new Audience(DataScope.brokerage(), "Whole brokerage", VIEWER_HIDDEN);
		};
		return new Outcome(audience, account.displayName(), account.email(), null);
	}

	private static Outcome external(ClaimedDeliveryRow delivery, SchedulesSql sql) {
		Audience audience = switch (String.valueOf(delivery.externalScope())) {
			case "team" -> team(delivery.externalScopeId(), sql, VIEWER_HIDDEN);
			case "agent" -> new Audience(DataScope.agent(delivery.externalScopeId()),
					sql.userName(delivery.externalScopeId()).orElse("Agent " + delivery.externalScopeId())
							+ "'s own book", VIEWER_HIDDEN);
			default -> new Audience(DataScope.brokerage(), "Whole brokerage", VIEWER_HIDDEN);
		};
		return new Outcome(audience, null, delivery.email(), null);
	}

	private static Audience team(long teamId, SchedulesSql sql, Set<Sensitivity> hidden) {
		String name = sql.teamName(teamId).orElse(String.valueOf(teamId));
		// As the dashboard names it: "Team East", also for teams named after their lead.
		String label = name.regionMatches(true, 0, "Team ", 0, 5) ? name : "Team " + name;
		return new Audience(DataScope.team(teamId, sql.teamMembers(teamId)), label, hidden);
	}

	/**
	 * A recipient's audience, or why nothing is sent to them.
	 *
	 * @param audience whose data they get, or null when skipped
	 * @param name their name for the greeting, or null for an outside address
	 * @param email where it goes
	 * @param skipReason why nothing is sent, or null
	 */
	record Outcome(Audience audience, String name, String email, String skipReason) {

		static Outcome skip(String reason) {
			return new Outcome(null, null, null, reason);
		}

	}

}
