/** Quartz scheduling: when each batch job and report runs, on exactly one node of a cluster. */
package io.keystonebi.jobs;
