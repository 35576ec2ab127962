/**
 * The metric catalogue: every metric a report can show, the dimensions each can be broken down and filtered by,
 * and the statements that compute a block of them within a data scope.
 */
package io.keystonebi.reports.catalogue;
