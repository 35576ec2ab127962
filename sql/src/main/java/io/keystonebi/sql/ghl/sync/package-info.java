/**
 * State of the GoHighLevel API sync: high-water marks, last run per location, ids seen by a full sync, and how
 * fresh each location's data is.
 */
package io.keystonebi.sql.ghl.sync;
