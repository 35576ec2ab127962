package io.keystonebi.reports.render;

import java.util.Locale;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** The file formats a report is made in. */
public enum ReportFormat {

	/** A branded document with charts, tables and page numbers. */
	PDF("application/pdf", "pdf"),

	/** One workbook, a sheet per block, numbers and dates as real cell values. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	/** The blocks' tables as comma-separated text, one after another. */
	CSV("text/csv", "csv");

	private final String contentType;

	private final String extension;

	ReportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/** @return its media type */
	public String contentType() {
		return this.contentType;
	}

	/** @return its file name extension, without the dot */
	public String extension() {
		return this.extension;
	}

	/**
	 * @param code {@code pdf}, {@code xlsx} or {@code csv}, any case
	 * @param parameter the field it came from, named in the error
	 * @return the format
	 */
	public static ReportFormat parse(String code, String parameter) {
		if (code != null) {
			for (ReportFormat format : values()) {
				if (format.extension.equalsIgnoreCase(code.strip())) {
					return format;
				}
			}
		}
		throw new InvalidReportParameterException(parameter, String.valueOf(code), "expected one of pdf, xlsx, csv");
	}

	/** @return its code, lower case */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
