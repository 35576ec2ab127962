package io.keystonebi.sql.pii;

import io.keystonebi.sql.WarehouseException;

/**
 * A stored encrypted value could not be decrypted: not in a known format, encrypted under a key that is not
 * configured, or changed since it was written (the authentication tag does not match). The message names the key
 * id where there is one, never the value.
 */
public final class PersonalDataUnreadableException extends WarehouseException {

	PersonalDataUnreadableException(String message) {
		super(message);
	}

	PersonalDataUnreadableException(String message, Throwable cause) {
		super(message, cause);
	}

}
