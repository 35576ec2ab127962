/**
 * The lead funnel read from the base tables: the leads created in a period, each placed at the furthest funnel
 * stage it reached by the period's end, counted by source, agent, week or month and outcome in one statement; and
 * the leads and conversions of experiment cohorts.
 */
package io.keystonebi.sql.funnel;
