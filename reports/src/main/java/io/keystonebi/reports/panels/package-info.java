/**
 * The dashboard's panels: each chart is a small table (columns with units, rows of values) that the API returns,
 * the page draws, reads out as a table and exports as CSV, with the rows behind each point one drill away.
 */
package io.keystonebi.reports.panels;
