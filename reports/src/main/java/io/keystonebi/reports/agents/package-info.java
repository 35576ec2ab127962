/** The agents dashboard page (leaderboard, teams, trends, skill matrix) and one agent's own drill-down page. */
package io.keystonebi.reports.agents;
