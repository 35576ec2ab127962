/**
 * Rendering a made report: a branded PDF (JasperReports), an XLSX workbook (Apache POI) and CSV, each from the same
 * blocks of columns and rows.
 */
package io.keystonebi.reports.render;
