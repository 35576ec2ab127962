package io.keystonebi.sql.catalogue;

/**
 * A breakdown key's lead figures in a period.
 *
 * @param key the key, or {@code total}; null for a missing id
 * @param leads leads created
 * @param converted of them, those with a deal won by the period's end
 * @param replyMinutes median minutes to the first reply by a person, or null
 */
public record LeadFiguresRow(String key, long leads, long converted, Double replyMinutes) {
}
