package io.keystonebi.sql.schedules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The delivery log and exactly-once ledger ({@code report_deliveries}). Every change a sender makes to a claimed
 * row names the sender: a sender whose lease was taken over changes nothing.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(DeliveryRow.class)
public interface DeliveriesSql {

	/**
	 * Plans one e-mail; a second plan of the same schedule, period and recipient changes nothing.
	 * @param status pending, or skipped with the reason in {@code error}
	 * @return whether a row was added
	 */
	@SqlUpdate
	boolean plan(@Bind("scheduleId") long scheduleId, @Bind("recipientId") Long recipientId,
			@Bind("periodFrom") LocalDate periodFrom, @Bind("periodTo") LocalDate periodTo,
			@Bind("runDay") LocalDate runDay, @Bind("recipientKey") String recipientKey, @Bind("email") String email,
			@Bind("status") String status, @Bind("error") String error);

	/**
	 * Claims up to {@code limit} due deliveries for a sender: waiting ones whose time has come and those still
	 * sending past their lease. Rows other senders are claiming are skipped, never waited for.
	 * @return the claimed rows, attempts already counted
	 */
	@SqlQuery
	@RegisterConstructorMapper(ClaimedDeliveryRow.class)
	List<ClaimedDeliveryRow> claim(@Bind("sender") String sender, @Bind("lease") Duration lease,
			@Bind("limit") int limit);

	/** @return whether the sender still held the row */
	@SqlUpdate
	boolean markSent(@Bind("id") long id, @Bind("sender") String sender, @Bind("messageId") String messageId,
			@Bind("digest") String digest);

	/** @return whether the sender still held the row */
	@SqlUpdate
	boolean markRetrying(@Bind("id") long id, @Bind("sender") String sender, @Bind("error") String error,
			@Bind("nextAttemptAt") Instant nextAttemptAt);

	/**
	 * Ends a delivery without sending: failed, skipped or unsubscribed, with the error or reason.
	 * @return whether the sender still held the row
	 */
	@SqlUpdate
	boolean finish(@Bind("id") long id, @Bind("sender") String sender, @Bind("status") String status,
			@Bind("error") String error, @Bind("digest") String digest);

	/** @return the figures of the last report sent to the recipient by the schedule before this period */
	@SqlQuery
	@RegisterConstructorMapper(SentDigestRow.class)
	Optional<SentDigestRow> lastSent(@Bind("scheduleId") long scheduleId, @Bind("recipientKey") String recipientKey,
			@Bind("periodFrom") LocalDate periodFrom);

	/** @return whether the delivery exists and is not being sent right now */
	@SqlUpdate
	boolean resend(@Bind("id") long id);

	@SqlQuery
	Optional<DeliveryRow> byId(@Bind("id") long id);

	/**
	 * @param scheduleId only this schedule's, or null for all
	 * @param status only in this status, or null
	 * @param periodFrom only for the period starting this day, or null
	 * @return a page of the log, newest first
	 */
	@SqlQuery
	List<DeliveryRow> page(@Bind("scheduleId") Long scheduleId, @Bind("status") String status,
			@Bind("periodFrom") LocalDate periodFrom, @Bind("limit") int limit, @Bind("offset") long offset);

	/** @return how many rows {@link #page} filters to, over all pages */
	@SqlQuery
	long count(@Bind("scheduleId") Long scheduleId, @Bind("status") String status,
			@Bind("periodFrom") LocalDate periodFrom);

	/** @return how many deliveries are in each status that has any */
	@SqlQuery
	@RegisterConstructorMapper(StatusCountRow.class)
	List<StatusCountRow> countByStatus();

}
