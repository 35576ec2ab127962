/** Schedule of the GoHighLevel API syncs: the nightly full sync and the 15-minute incremental sync. */
package io.keystonebi.jobs.ghlsync;
