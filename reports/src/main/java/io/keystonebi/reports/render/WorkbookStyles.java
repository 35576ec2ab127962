package io.keystonebi.reports.render;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

import io.keystonebi.reports.panels.Unit;

/**
 * The workbook's cell styles, made once per workbook (a workbook holds few styles, and one per cell would exceed
 * Excel's limit on large reports).
 */
final class WorkbookStyles {

	private final Map<Unit, CellStyle> byUnit = new EnumMap<>(Unit.class);

	private final CellStyle header;

	private final CellStyle title;

	private final CellStyle label;

	WorkbookStyles(Workbook workbook) {
		this.header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.label = workbook.createCellStyle();
		this.label.setFont(bold);
		this.title = workbook.createCellStyle();
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.title.setFont(large);
		for (Unit unit : Unit.values()) {
			String format = format(unit);
			if (format != null) {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
				if (unit == Unit.DATE || unit == Unit.MONTH) {
					style.setAlignment(HorizontalAlignment.LEFT);
				}
				this.byUnit.put(unit, style);
			}
		}
	}

	/** @return the number format of a unit's cells, or null for text */
	static String format(Unit unit) {
		return switch (unit) {
			case MONEY, COUNT -> "#,##0";
			case PERCENT -> "0.0\"%\"";
			case DAYS, MINUTES -> "0.0";
			case SCORE -> "0";
			case NUMBER -> "#,##0.##";
			case DATE -> "yyyy-mm-dd";
			case MONTH -> "mmm yyyy";
			default -> null;
		};
	}

	/** @return the style of a unit's cells, or null for plain text */
	CellStyle of(Unit unit) {
		return this.byUnit.get(unit);
	}

	/** @return the header row's style: bold on a grey fill */
	CellStyle header() {
		return this.header;
	}

	/** @return a summary sheet's title */
	CellStyle title() {
		return this.title;
	}

	/** @return a summary sheet's labels */
	CellStyle label() {
		return this.label;
	}

}
