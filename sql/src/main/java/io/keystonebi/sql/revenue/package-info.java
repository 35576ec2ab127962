/** Queries behind the revenue dashboard page: revenue by dimension and month, pipeline value and client shares. */
package io.keystonebi.sql.revenue;
