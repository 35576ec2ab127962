package io.keystonebi.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;

/**
 * The whole report as one CSV file in long form, one line per block row and metric
 * ({@code block,dimension,key,label,metric,unit,value}), so any tool can pivot it. UTF-8 with a byte order mark so
 * Excel reads accents right; numbers plain, dates ISO; text that a spreadsheet would run as a formula is defused.
 */
@Component
class CsvReportRenderer implements ReportRenderer {

	static final String[] HEADER = { "block", "dimension", "key", "label", "metric", "unit", "value" };

	@Override
	public ReportFormat format() {
		return ReportFormat.CSV;
	}

	@Override
	public byte[] render(GeneratedReport report, Branding branding) {
		ByteArrayOutputStream csv = new ByteArrayOutputStream(64 * 1024);
		try (Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
			// The mark goes first: the printer writes the header as soon as it is made.
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
			for (ReportBlock block : report.blocks()) {
				if (block.view() == BlockView.KPI) {
					kpi(printer, block, report);
				}
				else {
					table(printer, block);
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new ReportRenderingFailedException(ReportFormat.CSV, report.title(), ex);
		}
		return csv.toByteArray();
	}

	private static void kpi(CSVPrinter printer, ReportBlock block, GeneratedReport report) throws IOException {
		for (KpiFigures.Figure figure : KpiFigures.of(block.panel())) {
			print(printer, block, "period", "current", ReportDates.period(report.period()), figure.column(),
					figure.current());
			print(printer, block, "period", "previous", ReportDates.period(report.base()), figure.column(),
					figure.previous());
		}
	}

	private static void table(CSVPrinter printer, ReportBlock block) throws IOException {
		Panel panel = block.panel();
		List<Integer> keys = TidyColumns.dimensionColumns(panel);
		String dimension = TidyColumns.dimension(panel, keys);
		for (List<Object> row : panel.rows()) {
			String key = keys.isEmpty() ? "" : plain(row.get(keys.get(0)));
			String label = (keys.size() > 1) ? plain(row.get(keys.get(1))) : key;
			for (int i = 0; i < panel.columns().size(); i++) {
				if (!keys.contains(i)) {
					print(printer, block, dimension, key, label, panel.columns().get(i), row.get(i));
				}
			}
		}
	}

	private static void print(CSVPrinter printer, ReportBlock block, String dimension, String key, String label,
			Column metric, Object value) throws IOException {
		printer.printRecord(guard(block.title()), guard(dimension), guard(key), guard(label), guard(metric.key()),
				metric.unit().name().toLowerCase(Locale.ROOT), guard(plain(value)));
	}

	/** @return the value as plain text: numbers without grouping and with a dot, everything else as it is */
	static String plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/**
	 * Spreadsheets run a cell starting with {@code = + - @}, a tab or a carriage return as a formula; a leading
	 * apostrophe makes it text. Numbers are written by {@link #plain} and a negative one stays a number.
	 * @param text a value as written
	 * @return it, safe to open in a spreadsheet
	 */
	static String guard(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		if (risky && !(first == '-' && number(text))) {
			return "'" + text;
		}
		return text;
	}

	private static boolean number(String text) {
		try {
			new BigDecimal(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
