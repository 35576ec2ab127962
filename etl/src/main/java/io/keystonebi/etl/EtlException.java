package io.keystonebi.etl;

/** Base of every failure the etl module reports; subclasses are named for what happened. */
public abstract class EtlException extends RuntimeException {

	protected EtlException(String message) {
		super(message);
	}

	protected EtlException(String message, Throwable cause) {
		super(message, cause);
	}

}
