/** Keeping the dashboard rollups fresh: incremental refresh after every load and a full rebuild job. */
package io.keystonebi.etl.rollups;
