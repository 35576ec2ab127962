/** Spreadsheet imports: a restartable, chunked Spring Batch job that loads CSV or XLSX files through a column mapping. */
package io.keystonebi.etl.imports;
