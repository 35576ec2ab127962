package io.keystonebi.sql.market;

import java.math.BigDecimal;

/**
 * One zipcode as a point on the map.
 *
 * @param zipcode the zipcode
 * @param longitude mean longitude of its sales
 * @param latitude mean latitude of its sales
 * @param medianPrice median sale price
 */
public record ZipcodePointRow(String zipcode, BigDecimal longitude, BigDecimal latitude, BigDecimal medianPrice) {
}
