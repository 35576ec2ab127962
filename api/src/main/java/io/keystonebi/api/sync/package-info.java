/** How fresh the warehouse's GoHighLevel data is per location: {@code GET /api/v1/sync/status} and the dashboard stamp. */
package io.keystonebi.api.sync;
