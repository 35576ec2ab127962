/** Import bookkeeping (runs, quarantine) and the staging and merge statements of every import target. */
package io.keystonebi.sql.imports;
