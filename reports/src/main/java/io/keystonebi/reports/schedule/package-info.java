/** Report schedules: when a saved report is sent and to whom, and the planning of each due run's e-mails. */
package io.keystonebi.reports.schedule;
