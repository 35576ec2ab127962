package io.keystonebi.reports.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportBlock;

/**
 * The SHA-256 of a report's figures: each block's title, columns and rows. When it was made and how fresh the data
 * was are left out, so the same figures made twice give the same digest.
 */
final class ReportDigest {

	private ReportDigest() {
	}

	static String of(GeneratedReport report) {
		MessageDigest sha = sha256();
		for (ReportBlock block : report.blocks()) {
			update(sha, "block", block.title(), block.view().code());
			for (Column column : block.panel().columns()) {
				update(sha, "column", column.key());
			}
			for (List<Object> row : block.panel().rows()) {
				sha.update((byte) 'r');
				for (Object value : row) {
					update(sha, text(value));
				}
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	// Every part is length-prefixed so that ("ab", "c") and ("a", "bc") differ.
	private static void update(MessageDigest sha, String... parts) {
		for (String part : parts) {
			byte[] bytes = (part != null) ? part.getBytes(StandardCharsets.UTF_8) : new byte[] { 0 };
			sha.update(Integer.toString((part != null) ? bytes.length : -1).getBytes(StandardCharsets.US_ASCII));
			sha.update((byte) ':');
			sha.update(bytes);
		}
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
