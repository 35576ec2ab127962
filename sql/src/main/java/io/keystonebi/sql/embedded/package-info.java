/** An embedded PostgreSQL server for running the product with nothing else installed. */
package io.keystonebi.sql.embedded;
