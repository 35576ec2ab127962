package io.keystonebi.sql.pii;

/**
 * What a search digest is of. Each kind normalises its values its own way and digests them apart from the other
 * kinds, so an e-mail's digest never equals a phone's.
 */
public enum SearchKind {

	/** An e-mail address, trimmed and lowercased: {@code " Jane@Example.COM"} finds {@code jane@example.com}. */
	EMAIL,

	/**
	 * A phone number as its digits with the country code, E.164-like: {@code (206) 555-0100},
	 * {@code +1 206-555-0100} and {@code 0012065550100} are all {@code +12065550100} (see {@link PhoneNumbers}).
	 */
	PHONE,

	/** A message body, exactly as written: the digest only tells whether two bodies are the same. */
	BODY

}
