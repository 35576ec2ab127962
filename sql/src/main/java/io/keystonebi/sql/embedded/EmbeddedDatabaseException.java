package io.keystonebi.sql.embedded;

import io.keystonebi.sql.WarehouseException;

/** The embedded PostgreSQL server could not be started or stopped. */
public final class EmbeddedDatabaseException extends WarehouseException {

	EmbeddedDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
