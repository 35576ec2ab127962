/** E-mail delivery of scheduled reports: exactly one message per schedule, period and recipient, with retries, unsubscribes and the delivery log. */
package io.keystonebi.reports.delivery;
