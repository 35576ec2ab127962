/** The rows behind the dashboard's charts: leads, deals and market sales, filtered, newest first. */
package io.keystonebi.sql.rows;
