package io.keystonebi.sql.catalogue;

/**
 * A breakdown key's outbound messages in a period.
 *
 * @param key the key, or {@code total}; null for a missing id
 * @param outbound calls, messages and e-mails sent by a person
 */
public record MessageFiguresRow(String key, long outbound) {
}
