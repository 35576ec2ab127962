/**
 * The revenue dashboard page: revenue by agent, team, source, property type and time, commission, pipeline value,
 * targets and client concentration.
 */
package io.keystonebi.reports.revenue;
