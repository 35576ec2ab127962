/** Report schedules, their recipients and the delivery log ({@code report_schedules}, {@code report_recipients}, {@code report_deliveries}). */
package io.keystonebi.sql.schedules;
