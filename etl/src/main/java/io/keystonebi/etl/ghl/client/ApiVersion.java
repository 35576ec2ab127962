package io.keystonebi.etl.ghl.client;

/**
 * The {@code Version} header each GHL service declares in its OpenAPI spec. Calendars and conversations still
 * declare the older value; {@code POST /oauth/token} takes none.
 */
enum ApiVersion {

	/** Contacts, opportunities, locations, users, custom fields, {@code /oauth/locationToken}. */
	V2021_07_28("2021-07-28"),

	/** Calendars and conversations (messages included). */
	V2021_04_15("2021-04-15"),

	/** No header: {@code POST /oauth/token}. */
	NONE(null);

	private final String header;

	ApiVersion(String header) {
		this.header = header;
	}

	/** @return the header value, or null when the request carries none */
	String header() {
		return this.header;
	}

}
