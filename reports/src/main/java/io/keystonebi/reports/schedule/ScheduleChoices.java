package io.keystonebi.reports.schedule;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.sql.schedules.DefinitionChoiceRow;
import io.keystonebi.sql.schedules.RecipientAccountRow;
import io.keystonebi.sql.schedules.SchedulesSql;
import io.keystonebi.sql.schedules.TeamChoiceRow;

/**
 * What a schedule may be made of: the saved definitions an account may send, the accounts and teams that may
 * receive it, and a definition saved for a schedule that named a template or a whole definition.
 */
public class ScheduleChoices {

	private final Jdbi jdbi;

	public ScheduleChoices(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param accountId who asks
	 * @param all whether they may use every definition (administrators)
	 * @return the definitions they may schedule, by title
	 */
	public List<DefinitionChoiceRow> definitions(long accountId, boolean all) {
		return this.jdbi.withExtension(SchedulesSql.class, (sql) -> sql.definitionChoices(accountId, all));
	}

	/**
	 * @param definitionId a saved definition
	 * @param accountId who asks
	 * @param all whether they may use every definition (administrators)
	 * @return whether it exists and is theirs or shared with them
	 */
	public boolean visible(long definitionId, long accountId, boolean all) {
		return this.jdbi.withExtension(SchedulesSql.class,
				(sql) -> sql.definitionVisible(definitionId, accountId, all));
	}

	/** Deletes a definition {@link #save saved} for a schedule that was then refused. */
	public void discard(long definitionId) {
		this.jdbi.useExtension(SchedulesSql.class, (sql) -> sql.deleteDefinition(definitionId));
	}

	/**
	 * Saves a definition, not shared, owned by the account.
	 * @return its id
	 */
	public long save(long ownerAccountId, ReportDefinition definition) {
		String json = DefinitionJson.write(definition);
		return this.jdbi.withExtension(SchedulesSql.class,
				(sql) -> sql.insertDefinition(ownerAccountId, definition.title(), json));
	}

	/** @return the active accounts, by name */
	public List<RecipientAccountRow> accounts() {
		return this.jdbi.withExtension(SchedulesSql.class, SchedulesSql::accountChoices);
	}

	/**
	 * @param accountId an account
	 * @return it, whether active or not; null when there is none
	 */
	public RecipientAccountRow account(long accountId) {
		return this.jdbi.withExtension(SchedulesSql.class, (sql) -> sql.account(accountId)).orElse(null);
	}

	/** @return every team, by name */
	public List<TeamChoiceRow> teams() {
		return this.jdbi.withExtension(SchedulesSql.class, SchedulesSql::teamChoices);
	}

}
