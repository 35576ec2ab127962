/** The nightly housekeeping schedule. */
package io.keystonebi.jobs.housekeeping;
