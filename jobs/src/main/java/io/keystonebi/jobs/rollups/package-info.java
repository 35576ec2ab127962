/** Schedules for keeping rollups fresh: a frequent refresh of touched slices and a nightly full rebuild. */
package io.keystonebi.jobs.rollups;
