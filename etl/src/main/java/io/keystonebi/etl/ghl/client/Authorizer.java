package io.keystonebi.etl.ghl.client;

/** Supplies the bearer token of a request and, once per request, a fresh one after GHL answered 401. */
interface Authorizer {

	String token();

	/**
	 * @param rejected the token GHL refused
	 * @return a token to retry with
	 * @throws GhlUnauthorizedException when no other token can be had
	 */
	String refreshAfterRejection(String rejected, String request);

	/** A token that cannot be refreshed, such as an agency token used once. */
	static Authorizer fixed(String token) {
		return new Authorizer() {

			@Override
			public String token() {
				return token;
			}

			@Override
			public String refreshAfterRejection(String rejected, String request) {
				throw new GhlUnauthorizedException(request + " answered 401 and its token cannot be refreshed");
			}

		};
	}

}
