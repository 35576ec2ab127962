/** The metric catalogue and KPI arithmetic shared by the dashboard, reports and e-mails. */
package io.keystonebi.reports;
