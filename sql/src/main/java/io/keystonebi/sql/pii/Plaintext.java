package io.keystonebi.sql.pii;

import java.util.List;

/**
 * A personal value on its way into the warehouse: bound as a SQL parameter it becomes its {@link FieldCipher}
 * cipher text ({@code bytea}), never the text itself. A Jdbi without the {@link PersonalDataPlugin} refuses to
 * bind it rather than store it in the clear.
 *
 * @param value the text; never null (use {@link #of}, which gives null for null)
 */
public record Plaintext(String value) {

	/** @return the value to encrypt, or null (bound as SQL null) for null */
	public static Plaintext of(String value) {
		return (value != null) ? new Plaintext(value) : null;
	}

	/**
	 * @return the elements to encrypt as one value ({@link FieldCipher#decryptList} gives them back), or null (SQL
	 * null) for null or no elements
	 */
	public static Plaintext ofList(List<String> values) {
		return (values == null || values.isEmpty()) ? null
				: new Plaintext(String.join(FieldCipher.LIST_SEPARATOR, values));
	}

	@Override
	public String toString() {
		// Keeps the value out of logs and exception messages that print parameters.
		return "Plaintext[" + this.value.length() + " chars]";
	}

}
