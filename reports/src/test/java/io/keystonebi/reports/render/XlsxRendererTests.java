package io.keystonebi.reports.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxRendererTests {

	private static Workbook read(GeneratedReport report) throws IOException {
		byte[] xlsx = new XlsxReportRenderer().render(report, ReportFixtures.branding());
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	@Test
	void aSummarySheetComesFirstThenASheetPerBlock() throws IOException {
		try (Workbook workbook = read(ReportFixtures.monthlyPack())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(14);
			assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
			assertThat(workbook.getSheetName(1)).isEqualTo("Headline figures");
			assertThat(workbook.getSheetName(13)).isEqualTo("Referral partner payouts");
			Sheet summary = workbook.getSheet("Summary");
			List<String> text = new ArrayList<>();
			summary.forEach((row) -> row.forEach((cell) -> text.add(cell.getStringCellValue())));
			assertThat(text).contains(ReportFixtures.TITLE, ReportFixtures.AUDIENCE, "1-31 October 2026",
					"1-30 September 2026", "1 Nov 2026, 06:00 EST", "1 Nov 2026, 05:45 EST", "What changed",
					"\u2022 " + ReportFixtures.WHAT_CHANGED.get(0));
		}
	}

	@Test
	void figuresAreNumericCellsFormattedByUnit() throws IOException {
		try (Workbook workbook = read(ReportFixtures.monthlyPack())) {
			Sheet sheet = workbook.getSheet("Conversion by source");
			assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("Source");
			Cell leads = sheet.getRow(1).getCell(1);
			assertThat(leads.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(leads.getNumericCellValue()).isEqualTo(188);
			assertThat(leads.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			Cell rate = sheet.getRow(1).getCell(3);
			assertThat(rate.getNumericCellValue()).isEqualTo(7.4);
			assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
			Cell cycle = sheet.getRow(1).getCell(4);
			assertThat(cycle.getNumericCellValue()).isEqualTo(38.5);
			assertThat(cycle.getCellStyle().getDataFormatString()).isEqualTo("0.0");
			Cell revenue = sheet.getRow(1).getCell(5);
			assertThat(revenue.getNumericCellValue()).isEqualTo(412000);
			assertThat(revenue.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getRow(6).getCell(4).getCellType()).as("a null is an empty cell").isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void daysAndMonthsAreDateCells() throws IOException {
		try (Workbook workbook = read(ReportFixtures.monthlyPack())) {
			Cell month = workbook.getSheet("Revenue by month").getRow(1).getCell(0);
			assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
			assertThat(month.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 1));
			assertThat(month.getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
			Cell week = workbook.getSheet("Leads by week").getRow(2).getCell(0);
			assertThat(DateUtil.isCellDateFormatted(week)).isTrue();
			assertThat(week.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 5));
			assertThat(week.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		}
	}

	@Test
	void theHeaderIsBoldFrozenAndFilteredAndIdsAreKeptHidden() throws IOException {
		try (Workbook workbook = read(ReportFixtures.monthlyPack())) {
			XSSFSheet sheet = (XSSFSheet) workbook.getSheet("Revenue by agent");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D11");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("100");
			assertThat(sheet.isColumnHidden(0)).isTrue();
			assertThat(sheet.isColumnHidden(1)).isFalse();
		}
	}

	@Test
	void sheetNamesAreValidAndUnique() throws IOException {
		List<Column> columns = List.of(Column.of("n", "N", Unit.COUNT));
		List<ReportBlock> blocks = List.of(
				ReportFixtures.block("Revenue: by agent [top 10] / team?", BlockView.TABLE, columns, ReportFixtures.row(1)),
				ReportFixtures.block("Revenue: by agent [top 10] / team?", BlockView.TABLE, columns, ReportFixtures.row(2)),
				ReportFixtures.block("A very long block title that goes on well past thirty-one", BlockView.TABLE, columns,
						ReportFixtures.row(3)),
				ReportFixtures.block("summary", BlockView.TABLE, columns, ReportFixtures.row(4)));
		try (Workbook workbook = read(ReportFixtures.report(blocks))) {
			assertThat(workbook.getSheetName(1)).isEqualTo("Revenue by agent top 10 team");
			assertThat(workbook.getSheetName(2)).isEqualTo("Revenue by agent top 10 tea (2)");
			assertThat(workbook.getSheetName(3)).isEqualTo("A very long block title that go");
			assertThat(workbook.getSheetName(4)).isEqualTo("summary (2)");
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				assertThat(workbook.getSheetName(i)).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
			}
		}
	}

	private static String text(Cell cell) {
		return cell.getStringCellValue();
	}

}
