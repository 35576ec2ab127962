/** Reads of public market data: local home sales by zipcode, month and size, and economic series by month. */
package io.keystonebi.sql.market;
