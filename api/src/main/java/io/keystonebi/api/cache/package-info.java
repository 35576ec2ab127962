/**
 * The two-tier answer cache in front of PostgreSQL: each node's memory, then the shared Redis, keyed by the
 * caller's data scope and dropped exactly where a load changed the data.
 */
package io.keystonebi.api.cache;
