/** Telling the rest of the application which locations' data a load changed, once the change is committed. */
package io.keystonebi.etl.changes;
