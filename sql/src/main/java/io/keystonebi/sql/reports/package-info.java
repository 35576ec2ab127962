/** Saved report definitions, who may read them, and the report files made on demand until they expire. */
package io.keystonebi.sql.reports;
