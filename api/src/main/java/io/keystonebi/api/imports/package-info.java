/** Spreadsheet imports from the outside: the admin REST endpoints and the {@code import} command line. */
package io.keystonebi.api.imports;
