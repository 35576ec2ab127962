/** Queries behind the agents dashboard page and an agent's own page: per-agent figures, months and teams. */
package io.keystonebi.sql.agents;
