/** Quartz jobs that plan due report schedules and send their e-mails, on any node of the cluster. */
package io.keystonebi.jobs.reports;
