package io.keystonebi.sql.catalogue;

/**
 * A breakdown key's appointment figures in a period.
 *
 * @param key the key, or {@code total}; null for a missing id
 * @param booked appointments set (created) in the period
 * @param held appointments starting in the period that took place
 * @param noShow appointments starting in the period the contact missed
 */
public record AppointmentFiguresRow(String key, long booked, long held, long noShow) {
}
