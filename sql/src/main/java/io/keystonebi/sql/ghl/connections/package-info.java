/** GoHighLevel connections: the (encrypted) tokens the API client uses for each location. */
package io.keystonebi.sql.ghl.connections;
