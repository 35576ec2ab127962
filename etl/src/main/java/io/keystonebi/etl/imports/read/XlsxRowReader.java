package io.keystonebi.etl.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.keystonebi.etl.imports.ImportFileUnreadableException;

/**
 * Reads the first sheet of an XLSX workbook whose first row is the header. Dates become ISO text
 * ({@code 2024-03-01} or {@code 2024-03-01T09:30}), numbers plain decimal text, so mappings read them like
 * CSV cells. The workbook is held in memory: very large files are better exported to CSV.
 */
final class XlsxRowReader extends SourceRowReader {

	private XSSFWorkbook workbook;

	private Sheet sheet;

	private int nextRow;

	XlsxRowReader(SourceFile file, List<String> mappedColumns, String mappingName) {
		super(file, mappedColumns, mappingName);
	}

	@Override
	protected void doOpen() throws IOException {
		try (InputStream in = file().open()) {
			this.workbook = new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileUnreadableException(
					"File " + file().displayName() + " is not a readable XLSX workbook: " + ex.getMessage(), ex);
		}
		this.sheet = this.workbook.getSheetAt(0);
		Row header = this.sheet.getRow(this.sheet.getFirstRowNum());
		if (header == null) {
			throw new ImportFileUnreadableException("File " + file().displayName() + " is empty: it has no header");
		}
		accept(List.of(cells(header)));
		this.nextRow = header.getRowNum() + 1;
	}

	@Override
	protected SourceRow doRead() {
		while (this.nextRow <= this.sheet.getLastRowNum()) {
			Row row = this.sheet.getRow(this.nextRow++);
			if (row != null) {
				String[] cells = cells(row);
				if (java.util.Arrays.stream(cells).anyMatch((cell) -> cell != null && !cell.isBlank())) {
					return new SourceRow(row.getRowNum() + 1L, header(), cells);
				}
			}
		}
		return null;
	}

	private static String[] cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
			cells.add(text(row.getCell(i)));
		}
		return cells.toArray(String[]::new);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case STRING -> cell.getStringCellValue();
			default -> null;
		};
	}

	private static String date(LocalDateTime value) {
		return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
	}

	@Override
	protected void doClose() throws IOException {
		if (this.workbook != null) {
			this.workbook.close();
			this.workbook = null;
		}
	}

}
