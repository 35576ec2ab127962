/** Queries behind the executive dashboard: period totals, agent rankings, revenue to date and data freshness. */
package io.keystonebi.sql.dashboard;
