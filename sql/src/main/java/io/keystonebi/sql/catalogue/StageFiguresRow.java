package io.keystonebi.sql.catalogue;

/**
 * A breakdown key's stage entries in a period.
 *
 * @param key the key, or {@code total}; null for a missing id
 * @param entries entries into a stage
 * @param entriesWithNext of them, entries into a stage that has a next stage
 * @param movedOn of those, the deals that later entered the next stage
 */
public record StageFiguresRow(String key, long entries, long entriesWithNext, long movedOn) {
}
