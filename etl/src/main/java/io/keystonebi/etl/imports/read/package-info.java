/** Readers of CSV and XLSX files that save their position, so a restarted import resumes. */
package io.keystonebi.etl.imports.read;
