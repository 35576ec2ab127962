package io.keystonebi.sql.rows;

import java.time.LocalDate;

/**
 * A lead behind a chart's point.
 *
 * @param contactId the contact's warehouse id
 * @param contact the contact's name (personal data)
 * @param created the local day it was created
 * @param source its lead source, or null
 * @param agent its assigned agent's name, or null
 * @param agentId its assigned agent's warehouse id, or null
 * @param status at the window's end: {@code converted}, {@code open opportunity} or {@code none}
 * @param firstWon the local day its first opportunity was won, or null
 * @param total the rows that match without the limit
 */
public record LeadRow(long contactId, String contact, LocalDate created, String source, String agent, Long agentId, String status, LocalDate firstWon, long total) {
}
