package io.keystonebi.sql.pii;

/**
 * A personal value whose search digest ({@link BlindIndex}) is bound as a SQL parameter ({@code bytea}), so a
 * query finds or matches rows by it without the value itself reaching the database.
 *
 * @param kind how the value is normalised and digested
 * @param value the value; never null (the factories give null for null)
 */
public record SearchTerm(SearchKind kind, String value) {

	/** @return the e-mail address's search term, or null for null */
	public static SearchTerm email(String value) {
		return (value != null) ? new SearchTerm(SearchKind.EMAIL, value) : null;
	}

	/** @return the phone number's search term, or null for null */
	public static SearchTerm phone(String value) {
		return (value != null) ? new SearchTerm(SearchKind.PHONE, value) : null;
	}

	/** @return the message body's digest term, or null for null */
	public static SearchTerm body(String value) {
		return (value != null) ? new SearchTerm(SearchKind.BODY, value) : null;
	}

	@Override
	public String toString() {
		return "SearchTerm[" + this.kind + ", " + this.value.length() + " chars]";
	}

}
