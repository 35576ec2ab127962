/**
 * The report generator: a report definition made for one audience, with the built-in templates and the plain
 * sentences on what changed.
 */
package io.keystonebi.reports.generate;
