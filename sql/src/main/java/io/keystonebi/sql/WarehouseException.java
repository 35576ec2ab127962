package io.keystonebi.sql;

/** Base of every failure the warehouse layer reports; subclasses are named for what happened. */
public abstract class WarehouseException extends RuntimeException {

	protected WarehouseException(String message) {
		super(message);
	}

	protected WarehouseException(String message, Throwable cause) {
		super(message, cause);
	}

}
