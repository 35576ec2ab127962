/** The metric catalogue's statements: one per fact family, each returning a block's partial figures per key. */
package io.keystonebi.sql.catalogue;
