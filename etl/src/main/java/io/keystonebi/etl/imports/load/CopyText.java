package io.keystonebi.etl.imports.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Encodes staged rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes,
 * {@code bytea} as {@code \\x} and hex digits.
 */
final class CopyText {

	private static final HexFormat HEX = HexFormat.of();

	private final StringBuilder text = new StringBuilder(1 << 16);

	void row(long lineNumber, Object[] values) {
		this.text.append(lineNumber);
		for (Object value : values) {
			this.text.append('\t');
			append(value);
		}
		this.text.append('\n');
	}

	private void append(Object value) {
		if (value == null) {
			this.text.append("\\N");
		}
		else if (value instanceof String string) {
			escape(string);
		}
		else if (value instanceof BigDecimal decimal) {
			this.text.append(decimal.toPlainString());
		}
		else if (value instanceof Boolean bool) {
			this.text.append(bool ? 't' : 'f');
		}
		else if (value instanceof byte[] bytes) {
			// bytea's hex input form, its backslash escaped for COPY
			this.text.append("\\\\x");
			HEX.formatHex(this.text, bytes);
		}
		else {
			// Long, LocalDate and LocalDateTime print in forms PostgreSQL reads.
			this.text.append(value);
		}
	}

	private void escape(String string) {
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\0' -> {
					// PostgreSQL text cannot hold NUL; dropping it keeps the rest of the value.
				}
				default -> this.text.append(c);
			}
		}
	}

	byte[] bytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
