package io.keystonebi.reports.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The workbook's first sheet: what the report is, for whom, over which period, and what changed. */
final class SummarySheet {

	private SummarySheet() {
	}

	static void write(Sheet sheet, GeneratedReport report, WorkbookStyles styles) {
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(report.title());
		title.getCell(0).setCellStyle(styles.title());
		int r = 2;
		r = pair(sheet, r, "Audience", report.audience(), styles);
		r = pair(sheet, r, "Period", ReportDates.period(report.period()), styles);
		r = pair(sheet, r, "Compared with", ReportDates.period(report.base()), styles);
		r = pair(sheet, r, "Generated", ReportDates.time(report.generatedAt(), report.zone()), styles);
		r = pair(sheet, r, "Data as of", ReportDates.time(report.dataAsOf(), report.zone()), styles);
		r = pair(sheet, r, "Time zone", report.zone().getId(), styles);
		r++;
		Cell heading = sheet.createRow(r++).createCell(0);
		heading.setCellValue("What changed");
		heading.setCellStyle(styles.label());
		if (report.whatChanged().isEmpty()) {
			sheet.createRow(r).createCell(0).setCellValue("No figure moved notably against the compared period.");
		}
		for (String sentence : report.whatChanged()) {
			sheet.createRow(r++).createCell(0).setCellValue("\u2022 " + sentence);
		}
		if (!report.definitions().isEmpty()) {
			r++;
			Cell definitions = sheet.createRow(r++).createCell(0);
			definitions.setCellValue(PdfRows.DEFINITIONS);
			definitions.setCellStyle(styles.label());
			for (String definition : report.definitions()) {
				sheet.createRow(r++).createCell(0).setCellValue("\u2022 " + definition);
			}
		}
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 60 * 256);
	}

	private static int pair(Sheet sheet, int r, String label, String value, WorkbookStyles styles) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.getCell(0).setCellStyle(styles.label());
		row.createCell(1).setCellValue(value);
		return r + 1;
	}

}
