package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;

/**
 * A panel's table as CSV (RFC 4180): a header of column keys, then one line per row, numbers plain. A text cell
 * that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is prefixed with an
 * apostrophe, so an exported lead source or deal name can never execute in whoever opens the file.
 */
final class PanelCsv {

	private PanelCsv() {
	}

	static String of(Panel panel) {
		StringBuilder csv = new StringBuilder();
		csv.append(panel.columns().stream().map(Column::key).map(PanelCsv::quoted).collect(Collectors.joining(",")))
			.append("\r\n");
		for (List<Object> row : panel.rows()) {
			csv.append(row.stream().map(PanelCsv::cell).collect(Collectors.joining(","))).append("\r\n");
		}
		return csv.toString();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return quoted(text);
	}

	private static String quoted(String text) {
		boolean plain = text.chars().noneMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
	}

}
