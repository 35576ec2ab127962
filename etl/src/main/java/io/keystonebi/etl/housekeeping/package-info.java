/** Purges of records that would otherwise grow without end. */
package io.keystonebi.etl.housekeeping;
