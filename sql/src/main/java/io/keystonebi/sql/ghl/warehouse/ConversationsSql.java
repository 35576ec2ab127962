package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Conversations: full versions from the API, and the thread a message names, created when unknown. */
@UseClasspathSqlLocator
public interface ConversationsSql {

	@SqlUpdate
	void upsert(@BindMethods ConversationRow row);

	/**
	 * Makes sure a message's conversation exists and moves its last message time forward (never back), which
	 * gives the same result in any arrival order.
	 */
	@SqlUpdate
	void ensureForMessage(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId,
			@Bind("contactSourceId") String contactSourceId, @Bind("messageAt") OffsetDateTime messageAt);

}
