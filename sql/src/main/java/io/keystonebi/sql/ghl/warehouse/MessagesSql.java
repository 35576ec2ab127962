package io.keystonebi.sql.ghl.warehouse;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Messages, calls and e-mails, from webhooks and from the API sync.
 * <p>
 * GHL's webhooks do not always name the message (its own SMS and e-mail examples carry no {@code messageId}); such
 * a delivery is stored under a provisional id, {@code webhook:<webhook id>} ({@link MessageRow#provisionalId}).
 * The API always names it. Both describe the same message when they agree on the conversation, the time it was
 * sent to the millisecond ({@code dateAdded}), the direction, the channel and the body (compared by its keyed digest,
 * {@code body_digest}, since the body is stored encrypted); {@link #upsert} then keeps
 * one row, under the GHL id, whichever arrives first:
 * <ul>
 * <li>a provisional row is written into the row of the matching message the API stored, if there is one;</li>
 * <li>a row with a GHL id takes over the matching provisional row (its {@code source_id} becomes the GHL id), and
 * folds in any other left by a webhook and a sync that wrote at the same time.</li>
 * </ul>
 * Versions merge rather than replace: the newer version's values win, and where one version lacks a value (the
 * inbound webhook has no {@code source}, the API export no e-mail recipients) the other's is kept.
 */
@UseClasspathSqlLocator
public interface MessagesSql {

	/** Writes a message, keeping one row per message whether it came by webhook, by API or by both. */
	default void upsert(MessageRow row) {
		boolean adopted = false;
		if (row.provisional()) {
			Optional<String> known = knownSourceId(row);
			if (known.isEmpty()) {
				write(row);
				return;
			}
			row = row.withSourceId(known.get());
		}
		else {
			adopted = adoptProvisional(row) > 0;
		}
		write(row);
		if (!adopted) {
			// Each call folds in one provisional row left next to the row (a webhook and a sync that wrote the
			// message at the same time); there is hardly ever more than one.
			int folded = 0;
			while (folded < 10 && absorbProvisional(row) > 0) {
				folded++;
			}
		}
	}

	/**
	 * Inserts or merges the row: a version not older than the stored one wins, except that its missing values
	 * (nulls) keep the stored ones; an older version only fills in what the stored one lacks.
	 */
	default void write(MessageRow row) {
		if (merge(row) == 0) {
			fillIn(row);
		}
	}

	/** @return 1 when the row was inserted or the version applied, 0 when the stored version is newer */
	@SqlUpdate
	int merge(@BindMethods MessageRow row);

	/** Sets the stored row's missing values from an older version; nothing when it lacks none of them. */
	@SqlUpdate
	void fillIn(@BindMethods MessageRow row);

	/** @return the GHL id of a stored message the row describes, if the API has stored it */
	@SqlQuery
	Optional<String> knownSourceId(@BindMethods MessageRow row);

	/** Gives a matching provisional row the GHL id of {@code row}, unless a row with that id exists already. */
	@SqlUpdate
	int adoptProvisional(@BindMethods MessageRow row);

	/**
	 * Merges one provisional row matching {@code row} into the stored row with its GHL id, and removes it.
	 * @return 1 when a provisional row was folded in, else 0
	 */
	@SqlUpdate
	int absorbProvisional(@BindMethods MessageRow row);

}
