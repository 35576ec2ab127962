package io.keystonebi.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/**
 * The report as a workbook: a "Summary" sheet, then a sheet per block with its columns and rows as real numbers
 * and dates (formatted by unit) under a bold, frozen, filterable header. Id columns are kept for lookups but
 * hidden.
 */
@Component
class XlsxReportRenderer implements ReportRenderer {

	static final String SUMMARY = "Summary";

	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	@Override
	public ReportFormat format() {
		return ReportFormat.XLSX;
	}

	@Override
	public byte[] render(GeneratedReport report, Branding branding) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			SummarySheet.write(workbook.createSheet(SUMMARY), report, styles);
			SheetNames names = new SheetNames(SUMMARY);
			for (int i = 0; i < report.blocks().size(); i++) {
				ReportBlock block = report.blocks().get(i);
				block(workbook.createSheet(names.next(block.title(), i + 1)), block.panel(), styles);
			}
			ByteArrayOutputStream xlsx = new ByteArrayOutputStream(64 * 1024);
			workbook.write(xlsx);
			return xlsx.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new ReportRenderingFailedException(ReportFormat.XLSX, report.title(), ex);
		}
	}

	private static void block(Sheet sheet, Panel panel, WorkbookStyles styles) {
		List<Column> columns = panel.columns();
		int[] widths = new int[columns.size()];
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).label());
			cell.setCellStyle(styles.header());
			widths[c] = columns.get(c).label().length() + 3;
		}
		for (int r = 0; r < panel.rows().size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = panel.rows().get(r);
			for (int c = 0; c < columns.size(); c++) {
				cell(row.createCell(c), values.get(c), columns.get(c).unit(), styles);
				widths[c] = Math.max(widths[c], Figures.text(values.get(c), columns.get(c).unit()).length() + 2);
			}
		}
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
			sheet.setColumnHidden(c, columns.get(c).unit() == Unit.ID);
		}
		sheet.createFreezePane(0, 1);
		if (!columns.isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, panel.rows().size()), 0, columns.size() - 1));
		}
	}

	private static void cell(Cell cell, Object value, Unit unit, WorkbookStyles styles) {
		if (value == null) {
			return;
		}
		BigDecimal number = Figures.number(value);
		if (Figures.numeric(unit) && number != null) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(styles.of(unit));
			return;
		}
		LocalDate day = (unit == Unit.DATE || unit == Unit.MONTH) ? day(value.toString()) : null;
		if (day != null) {
			cell.setCellValue(day);
			cell.setCellStyle(styles.of(unit));
			return;
		}
		cell.setCellValue(value.toString());
	}

	/** @return a {@code YYYY-MM-DD} day, or the first day of a {@code YYYY-MM} month; null when it is neither */
	private static LocalDate day(String iso) {
		try {
			return (iso.length() == 7) ? YearMonth.parse(iso).atDay(1) : LocalDate.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
