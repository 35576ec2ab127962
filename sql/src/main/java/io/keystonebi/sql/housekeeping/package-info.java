/** Purges of records that would otherwise grow without end. */
package io.keystonebi.sql.housekeeping;
