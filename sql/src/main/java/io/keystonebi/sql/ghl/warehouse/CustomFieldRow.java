package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

/**
 * A custom field definition of a location.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL id of the field
 * @param name the field's label
 * @param fieldKey GHL's key, e.g. {@code contact.membership_tier}
 * @param dataType GHL's data type ({@code TEXT}, {@code SINGLE_OPTIONS}, ...)
 * @param model {@code contact} or {@code opportunity}
 * @param position the field's order in GHL's forms
 * @param picklistOptions the options of a picklist as JSON text, or null
 * @param sourceUpdatedAt the reading sync's time (GHL gives fields no update time)
 */
public record CustomFieldRow(long locationId, String sourceId, String name, String fieldKey, String dataType,
		String model, Integer position, String picklistOptions, OffsetDateTime sourceUpdatedAt) {
}
