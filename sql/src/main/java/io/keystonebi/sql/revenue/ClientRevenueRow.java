package io.keystonebi.sql.revenue;

import java.math.BigDecimal;

/**
 * One of the clients with the most revenue in a period, with the totals over all clients.
 *
 * @param contactId the client's contact
 * @param name the contact's company name, else its name
 * @param revenue revenue won from the client in the period
 * @param deals deals won from the client in the period
 * @param totalRevenue revenue won from all clients in the period
 * @param clients number of clients with revenue in the period
 * @param unattributedRevenue revenue of won deals without a contact
 * @param herfindahl sum over all clients of their squared revenue share, 0 to 1, four decimals
 */
public record ClientRevenueRow(long contactId, String name, BigDecimal revenue, long deals, BigDecimal totalRevenue,
		long clients, BigDecimal unattributedRevenue, BigDecimal herfindahl) {
}
