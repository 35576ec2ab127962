/**
 * Report definitions: a report's blocks (metrics, dimension, filters, view) and period, saved, shared and
 * scheduled, and made for each reader's own data scope.
 */
package io.keystonebi.reports.definition;
