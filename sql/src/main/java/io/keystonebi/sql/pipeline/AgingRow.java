package io.keystonebi.sql.pipeline;

/**
 * Open leads or deals at a period's end in one age bucket.
 *
 * @param kind {@code lead} or {@code deal}
 * @param bucket 0 for 0-7 days since creation, 1 for 8-30, 2 for 31-60, 3 for 61-90, 4 for more than 90; null for
 * deals without a creation date
 * @param open how many
 */
public record AgingRow(String kind, Integer bucket, long open) {
}
