/** The market page: public home sales by zipcode, month and size, on a map, by season and beside economic series. */
package io.keystonebi.reports.market;
