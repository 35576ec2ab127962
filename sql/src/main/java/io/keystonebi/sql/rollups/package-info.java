/** Dashboard rollups: per-day and per-month slices by agent, team, source and stage, and their refresh. */
package io.keystonebi.sql.rollups;
