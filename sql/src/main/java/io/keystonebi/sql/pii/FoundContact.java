package io.keystonebi.sql.pii;

/**
 * A contact a search found, its personal data decrypted.
 *
 * @param id warehouse id
 * @param locationId warehouse id of its location
 * @param sourceId GHL contact id, or the spreadsheet key of an imported contact
 * @param name full name, or null
 * @param email e-mail as stored, or null
 * @param phone phone as stored, or null
 */
public record FoundContact(long id, long locationId, String sourceId, String name, String email, String phone) {
}
