package io.keystonebi.sql.schedules;

/**
 * How many deliveries are in one status.
 *
 * @param status pending, sending, retrying, sent, failed, skipped or unsubscribed
 * @param deliveries how many rows are in it
 */
public record StatusCountRow(String status, long deliveries) {
}
