/** A GoHighLevel API v2 stand-in (real HTTP on a local port) for the client and sync-job tests. */
package io.keystonebi.etl.ghl.stub;
