/** State of the GoHighLevel API sync: high-water marks, last run per location, and ids seen by a full sync. */
package io.keystonebi.sql.ghl.sync;
