package io.keystonebi.sql.pii;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which encryption property is wrong, in place of the stack trace of the bean that could not be created. */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyInvalidException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyInvalidException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set bi.database.encryption.keys.<id> (base64 of 32 random bytes each, e.g. openssl rand -base64 32), "
						+ "bi.database.encryption.active-key (the id of the key that encrypts new values) and "
						+ "bi.database.encryption.search-key (another 32 random bytes), by environment "
						+ "(BI_DATABASE_ENCRYPTION_KEYS_<ID>, BI_DATABASE_ENCRYPTION_ACTIVE_KEY, "
						+ "BI_DATABASE_ENCRYPTION_SEARCH_KEY) or in a configuration file that is not committed. "
						+ "The demo profile brings demo keys of its own.",
				cause);
	}

}
