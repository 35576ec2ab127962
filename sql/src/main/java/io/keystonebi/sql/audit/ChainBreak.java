package io.keystonebi.sql.audit;

/**
 * The first entry at which the audit chain does not hold.
 *
 * @param id the entry
 * @param problem {@code contents_changed} (its hash does not match its contents), {@code entries_missing} (ids
 * jump from {@code previousId} to it), {@code link_broken} (its {@code prev_hash} is not the previous entry's
 * hash) or {@code bad_genesis} (entry 1 does not start from the genesis value)
 * @param previousId the entry before it, or null for the first
 */
public record ChainBreak(long id, String problem, Long previousId) {
}
