package io.keystonebi.sql.pii;

import io.keystonebi.sql.WarehouseException;

/** A {@code bi.database.encryption.*} property is missing or does not hold a usable key; the message names it. */
public final class EncryptionKeyInvalidException extends WarehouseException {

	EncryptionKeyInvalidException(String message) {
		super(message);
	}

}
