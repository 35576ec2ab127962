/**
 * The lead funnel (Lead, Contacted, Qualified, Proposal, Closed) of a period's leads, and the dashboard's "funnel"
 * page: stage conversion against the compared period and the norm, drop-off and its likely causes, the funnel by
 * source, agent and week or month, its velocity, and A/B experiments with their significance.
 */
package io.keystonebi.reports.funnel;
