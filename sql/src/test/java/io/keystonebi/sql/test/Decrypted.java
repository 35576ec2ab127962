package io.keystonebi.sql.test;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.keystonebi.sql.pii.FieldCipher;

/**
 * Test reads of the warehouse with its encrypted personal data decrypted, so checks written before encryption at
 * rest still compare plain values. Every other {@code bytea} (the search digests) becomes hex, which compares
 * equal when the bytes are.
 */
public final class Decrypted {

	/** The encrypted columns of the warehouse tables, by name. */
	private static final Set<String> ENCRYPTED = Set.of("email", "phone", "body", "email_from", "email_to", "email_cc",
			"email_bcc", "email_subject");

	/** Those holding a list of values. */
	private static final Set<String> LISTS = Set.of("email_to", "email_cc", "email_bcc");

	private static final Pattern MARKED = Pattern.compile("decrypt(_list)?:([0-9a-f]+)");

	private static final HexFormat HEX = HexFormat.of();

	private Decrypted() {
	}

	/** @return the row with its encrypted columns decrypted under the test keys ({@link TestEncryption}) */
	public static Map<String, Object> row(Map<String, Object> row) {
		return row(TestEncryption.cipher(), row);
	}

	/**
	 * @return the row with its encrypted columns decrypted (lists as lists) and every other {@code bytea} as hex
	 */
	public static Map<String, Object> row(FieldCipher cipher, Map<String, Object> row) {
		Map<String, Object> decrypted = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (value instanceof byte[] bytes) {
				value = !ENCRYPTED.contains(column) ? HEX.formatHex(bytes)
						: LISTS.contains(column) ? cipher.decryptList(bytes) : cipher.decrypt(bytes);
			}
			decrypted.put(column, value);
		});
		return decrypted;
	}

	/**
	 * @return the text with every value a check query spelled {@code decrypt:<hex>} decrypted, and every
	 * {@code decrypt_list:<hex>} decrypted to a list printed as PostgreSQL prints {@code text[]} ({@code {a,b}})
	 */
	public static String text(FieldCipher cipher, String text) {
		Matcher marked = MARKED.matcher(text);
		StringBuilder out = new StringBuilder();
		while (marked.find()) {
			byte[] bytes = HEX.parseHex(marked.group(2));
			String plain = (marked.group(1) != null) ? "{" + String.join(",", cipher.decryptList(bytes)) + "}"
					: cipher.decrypt(bytes);
			marked.appendReplacement(out, Matcher.quoteReplacement(plain));
		}
		marked.appendTail(out);
		return out.toString();
	}

}
