/** Whether the current transaction has changed warehouse data. */
package io.keystonebi.sql.changes;
