package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

/**
 * A GHL location (sub-account).
 *
 * @param sourceId GHL location id
 * @param companyId GHL agency id, or null
 * @param name its name; null keeps the stored one
 * @param timezone IANA time zone; null keeps the stored one (UTC for a new row)
 * @param sourceUpdatedAt the version's time, or null
 */
public record LocationRow(String sourceId, String companyId, String name, String timezone,
		OffsetDateTime sourceUpdatedAt) {
}
