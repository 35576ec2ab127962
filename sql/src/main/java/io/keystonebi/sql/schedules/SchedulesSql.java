package io.keystonebi.sql.schedules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Report schedules and their recipients ({@code report_schedules}, {@code report_recipients}). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ScheduleRow.class)
@RegisterConstructorMapper(RecipientRow.class)
@RegisterConstructorMapper(RecipientAccountRow.class)
@RegisterConstructorMapper(ScheduleSummaryRow.class)
@RegisterConstructorMapper(DefinitionChoiceRow.class)
@RegisterConstructorMapper(TeamChoiceRow.class)
public interface SchedulesSql {

	/** @return the new schedule's id */
	@SqlUpdate
	@GetGeneratedKeys("id")
	long insert(@BindMethods ScheduleValues values);

	/** @return whether the schedule exists */
	@SqlUpdate
	boolean update(@Bind("id") long id, @BindMethods ScheduleValues values);

	/** @return whether the schedule existed */
	@SqlUpdate
	boolean delete(@Bind("id") long id);

	@SqlQuery
	Optional<ScheduleRow> byId(@Bind("id") long id);

	/**
	 * Locks the schedules due at {@code now} that no other planner holds; the caller plans and advances them in
	 * the same transaction.
	 * @param now the planner's time
	 * @param limit at most this many
	 * @return the due schedules, earliest first
	 */
	@SqlQuery
	List<ScheduleRow> lockDue(@Bind("now") Instant now, @Bind("limit") int limit);

	/** Sets when the schedule runs next (null: never). */
	@SqlUpdate
	void advance(@Bind("id") long id, @Bind("nextRunAt") Instant nextRunAt);

	/** @return the schedule's recipients, by id */
	@SqlQuery
	List<RecipientRow> recipients(@Bind("scheduleId") long scheduleId);

	@SqlQuery
	Optional<RecipientRow> recipient(@Bind("id") long id);

	/** Adds a recipient unless the schedule already has the same target. */
	@SqlUpdate
	void insertRecipient(@Bind("scheduleId") long scheduleId, @Bind("kind") String kind,
			@Bind("accountId") Long accountId, @Bind("teamId") Long teamId, @Bind("email") String email,
			@Bind("externalScope") String externalScope, @Bind("externalScopeId") Long externalScopeId);

	/** Removes the recipients of the schedule whose ids are not kept. */
	@SqlUpdate
	void deleteRecipientsExcept(@Bind("scheduleId") long scheduleId, @Bind("keep") long[] keep);

	/** @return whether it was subscribed until now */
	@SqlUpdate
	boolean unsubscribe(@Bind("id") long id, @Bind("scheduleId") long scheduleId);

	@SqlQuery
	Optional<RecipientAccountRow> account(@Bind("id") long id);

	/** @return the accounts of a team: its managers and the agents whose warehouse user is in it, by id */
	@SqlQuery
	List<RecipientAccountRow> teamAccounts(@Bind("teamId") long teamId);

	/** @return the team's name, or empty for an unknown team */
	@SqlQuery
	Optional<String> teamName(@Bind("teamId") long teamId);

	/** @return the warehouse users in the team now */
	@SqlQuery
	List<Long> teamMembers(@Bind("teamId") long teamId);

	/** @return the warehouse user's name, or empty for an unknown user */
	@SqlQuery
	Optional<String> userName(@Bind("userId") long userId);

	/** @return whether a report definition with this id exists */
	@SqlQuery
	boolean definitionExists(@Bind("id") long id);

	/**
	 * @param ownerAccountId only this account's schedules, or null for everyone's
	 * @param id only this schedule, or null for all
	 * @return the schedules with their report's and owner's names, by name
	 */
	@SqlQuery
	List<ScheduleSummaryRow> summaries(@Bind("ownerAccountId") Long ownerAccountId, @Bind("id") Long id);

	/**
	 * @param all whether the account may use every definition (administrators)
	 * @return whether the definition exists and the account may read it: its own, or shared within the owner's
	 * reach
	 */
	@SqlQuery
	boolean definitionVisible(@Bind("id") long id, @Bind("accountId") long accountId, @Bind("all") boolean all);

	/** Deletes a definition saved for a schedule that was then refused. */
	@SqlUpdate
	void deleteDefinition(@Bind("id") long id);

	/**
	 * @param accountId the reader
	 * @param all every definition, whoever owns it (administrators)
	 * @return the definitions the reader may schedule, by title
	 */
	@SqlQuery
	List<DefinitionChoiceRow> definitionChoices(@Bind("accountId") long accountId, @Bind("all") boolean all);

	/**
	 * Saves a definition, not shared, for a schedule that was asked for with a template or a whole definition.
	 * @param definition the definition as JSON text
	 * @return its id
	 */
	@SqlUpdate
	@GetGeneratedKeys("id")
	long insertDefinition(@Bind("ownerAccountId") long ownerAccountId, @Bind("title") String title,
			@Bind("definition") String definition);

	/** @return the active accounts, by name */
	@SqlQuery
	List<RecipientAccountRow> accountChoices();

	/** @return every team, by name */
	@SqlQuery
	List<TeamChoiceRow> teamChoices();

}
