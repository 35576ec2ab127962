package io.keystonebi.etl.demo;

import io.keystonebi.etl.EtlException;

/** A bundled demo file could not be read while working out how far to shift its dates. */
public final class DemoDataUnreadableException extends EtlException {

	DemoDataUnreadableException(String group, Throwable cause) {
		super("Could not read the demo files of group '" + group + "' to rebase their dates: " + cause.getMessage(),
				cause);
	}

}
