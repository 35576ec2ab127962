package io.keystonebi.api.security;

/** The application was asked to start with a setting that would leave it open, e.g. a weak signing key. */
public final class InsecureConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	InsecureConfigurationException(String property, String message) {
		super(message);
		this.property = property;
	}

	/** @return the property to fix */
	public String property() {
		return this.property;
	}

}
