/** Turning rows into field values and writing chunks: COPY into staging, reference checks, merge, quarantine. */
package io.keystonebi.etl.imports.load;
