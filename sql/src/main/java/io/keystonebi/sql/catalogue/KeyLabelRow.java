package io.keystonebi.sql.catalogue;

/**
 * What a person reads for a breakdown key.
 *
 * @param key the key; null for a missing id
 * @param label its name
 */
public record KeyLabelRow(String key, String label) {
}
