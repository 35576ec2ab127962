package io.keystonebi.sql.dashboard;

import java.time.Instant;

/**
 * A location (brokerage account) as the dashboard sees it.
 *
 * @param id warehouse id
 * @param name display name
 * @param timezone IANA time zone its periods are counted in
 * @param currency ISO currency code of its monetary values
 * @param dataAsOf newest load or source-update time over its contacts and opportunities; null without any
 */
public record LocationRow(long id, String name, String timezone, String currency, Instant dataAsOf) {
}
