package io.keystonebi.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused insecure setting into the start-up report's plain description and action, not a trace. */
class InsecureConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureConfigurationException cause) {
		String variable = SigningKey.PROPERTY.equals(cause.property()) ? "BI_JWT_SIGNING_KEY" : "its environment variable";
		return new FailureAnalysis(cause.getMessage(), "Set " + cause.property() + " (or " + variable
				+ ") to a random value of at least 32 bytes, for example the output of "
				+ "`openssl rand -base64 48` prefixed with base64:, and start again.", cause);
	}

}
