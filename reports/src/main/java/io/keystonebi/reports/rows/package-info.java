/** The rows behind any chart's point (drill-down): leads, deals or market sales, filtered within the caller's scope. */
package io.keystonebi.reports.rows;
