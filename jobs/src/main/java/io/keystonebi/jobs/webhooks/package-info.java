/** Schedule of the GoHighLevel webhook drain: every few seconds, on one node of the cluster at a time. */
package io.keystonebi.jobs.webhooks;
