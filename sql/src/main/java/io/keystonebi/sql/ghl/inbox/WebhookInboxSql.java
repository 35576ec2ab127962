package io.keystonebi.sql.ghl.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The webhook inbox. Claims take pending rows with {@code for update skip locked} and stamp them, so two
 * drains (two nodes, or a drain overlapping a slow one) never apply the same event at once, and an event whose
 * attempt failed waits the retry delay before it is claimed again.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(InboxEvent.class)
public interface WebhookInboxSql {

	/**
	 * Stores deliveries in one statement.
	 * @param events the deliveries, in arrival order
	 * @return the webhook ids that were stored; the others were in the inbox already (or earlier in the list)
	 */
	default Set<String> insertAll(List<NewWebhookEvent> events) {
		return new HashSet<>(insertAll(events.stream().map(NewWebhookEvent::webhookId).toArray(String[]::new),
				events.stream().map(NewWebhookEvent::eventType).toArray(String[]::new),
				events.stream().map(NewWebhookEvent::locationSourceId).toArray(String[]::new),
				events.stream().map((event) -> event.eventAt().toString()).toArray(String[]::new),
				events.stream().map(NewWebhookEvent::payload).toArray(String[]::new)));
	}

	@SqlQuery
	List<String> insertAll(@Bind("webhookIds") String[] webhookIds, @Bind("eventTypes") String[] eventTypes,
			@Bind("locationSourceIds") String[] locationSourceIds, @Bind("eventAts") String[] eventAts,
			@Bind("payloads") String[] payloads);

	/**
	 * Claims up to {@code limit} pending events, oldest event first.
	 * @param limit the most events to claim
	 * @param maxAttempts events tried this often are left alone (an admin looks at them)
	 * @param retryDelaySeconds how long a claimed but unfinished event waits before it is claimed again
	 * @return the claimed events
	 */
	@SqlQuery
	List<InboxEvent> claim(@Bind("limit") int limit, @Bind("maxAttempts") int maxAttempts,
			@Bind("retryDelaySeconds") long retryDelaySeconds);

	/** @return whether {@link #claim} would find anything, without claiming it */
	@SqlQuery
	boolean hasPending(@Bind("maxAttempts") int maxAttempts, @Bind("retryDelaySeconds") long retryDelaySeconds);

	@SqlUpdate
	void processed(@Bind("id") long id, @Bind("outcome") String outcome);

	/** Marks events applied or ignored in one statement: {@code outcomes[i]} is the outcome of {@code ids[i]}. */
	@SqlUpdate
	void processedAll(@Bind("ids") long[] ids, @Bind("outcomes") String[] outcomes);

	@SqlUpdate
	void failed(@Bind("id") long id, @Bind("error") String error);

	@SqlQuery
	Optional<InboxEvent> find(@Bind("webhookId") String webhookId);

	/**
	 * Resets a delivery that has not been applied so the drain tries it again at once.
	 * @return the delivery; empty when there is none with this id or it was applied already
	 */
	@SqlQuery
	Optional<InboxEvent> retry(@Bind("webhookId") String webhookId);

	/** @return events whose last attempt failed, newest first */
	@SqlQuery
	List<InboxEvent> failures(@Bind("limit") int limit);

}
