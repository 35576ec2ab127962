/** The warehouse: schema migrations, JDBI access objects with their SQL files, and the row records they map. */
package io.keystonebi.sql;
