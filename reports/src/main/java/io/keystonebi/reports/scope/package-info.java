/** Whose data a caller may see: the whole brokerage, a team, or one agent's own book. */
package io.keystonebi.reports.scope;
