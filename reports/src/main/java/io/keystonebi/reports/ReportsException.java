package io.keystonebi.reports;

/** Base of every failure the reports module reports; subclasses are named for what happened. */
public abstract class ReportsException extends RuntimeException {

	protected ReportsException(String message) {
		super(message);
	}

}
