package io.keystonebi.sql.audit;

/**
 * How long the audit chain is.
 *
 * @param entries how many entries it holds
 * @param firstId the oldest entry's id (1 unless older entries were archived), or null when empty
 * @param lastId the newest entry's id, or null when empty
 * @param lastHash the newest entry's hash (the chain's head), or null when empty
 */
public record ChainExtent(long entries, Long firstId, Long lastId, byte[] lastHash) {
}
