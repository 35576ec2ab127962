package io.keystonebi.sql.pii;

import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes V018 after every migration: the personal data that migration set aside as plaintext is encrypted
 * before the application writes or serves anything (Flyway runs before the other beans start).
 */
final class PlaintextEncryptionCallback implements Callback {

	private static final Logger log = LoggerFactory.getLogger(PlaintextEncryptionCallback.class);

	private static final int BATCH_SIZE = 1000;

	private final PlaintextEncryption encryption;

	PlaintextEncryptionCallback(PlaintextEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		// It commits its own batches on its own connections.
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		List<ColumnCount> counts = this.encryption.run(BATCH_SIZE);
		counts.forEach((count) -> log.info("Encrypted {} values of {} stored before encryption at rest",
				count.rewritten(), count.column()));
	}

	@Override
	public String getCallbackName() {
		return "encrypt personal data stored as plaintext";
	}

}
