package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Custom field definitions and the values contacts and opportunities hold for them. */
@UseClasspathSqlLocator
public interface CustomFieldsSql {

	@SqlUpdate
	void upsert(@BindMethods CustomFieldRow row);

	/**
	 * Stores an object's value of a field, both named by GHL ids (reviving a value marked deleted); nothing when
	 * the object or the field is unknown (a field GHL no longer lists has no definition to hang a value on).
	 * @param objectType {@code contact} or {@code opportunity}
	 * @param value the value as JSON text (string, number, array or object)
	 */
	@SqlUpdate
	void upsertValue(@Bind("locationId") long locationId, @Bind("objectType") String objectType,
			@Bind("objectSourceId") String objectSourceId, @Bind("fieldSourceId") String fieldSourceId,
			@Bind("value") String value);

	/**
	 * Marks deleted the object's values of fields other than {@code fieldSourceIds}: GHL sends an object with
	 * every value it has, so a field missing from a read of the object has no value any more.
	 * @param fieldSourceIds the GHL ids of the fields the object was read with
	 * @param deletedAt the time of the read
	 * @return how many values were marked deleted
	 */
	@SqlUpdate
	int deleteMissingValues(@Bind("locationId") long locationId, @Bind("objectType") String objectType,
			@Bind("objectSourceId") String objectSourceId, @Bind("fieldSourceIds") String[] fieldSourceIds,
			@Bind("deletedAt") OffsetDateTime deletedAt);

}
