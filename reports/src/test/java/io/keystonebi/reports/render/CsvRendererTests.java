package io.keystonebi.reports.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRendererTests {

	private static byte[] csv;

	private static List<CSVRecord> records;

	@BeforeAll
	static void renderThePack() throws IOException {
		csv = new CsvReportRenderer().render(ReportFixtures.monthlyPack(), ReportFixtures.branding());
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))
			.getRecords();
	}

	@Test
	void theFileStartsWithAByteOrderMarkThenTheHeader() {
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		assertThat(csv[1]).isEqualTo((byte) 0xBB);
		assertThat(csv[2]).isEqualTo((byte) 0xBF);
		assertThat(new String(csv, 3, 60, StandardCharsets.UTF_8)).startsWith("block,dimension,key,label,metric,unit,value\r\n");
	}

	@Test
	void aKpiBlockHasACurrentAndAPreviousLinePerMetric() {
		assertThat(find("Headline figures", "current", "revenue").get("value")).isEqualTo("1204500");
		assertThat(find("Headline figures", "previous", "revenue").get("value")).isEqualTo("1019000");
		assertThat(find("Headline figures", "current", "revenue").get("dimension")).isEqualTo("period");
		assertThat(find("Headline figures", "current", "revenue").get("label")).isEqualTo("1-31 October 2026");
		assertThat(find("Headline figures", "previous", "average_deal").get("value")).isEmpty();
		assertThat(find("Headline figures", "current", "conversion_rate").get("unit")).isEqualTo("percent");
	}

	@Test
	void aTableBlockHasALinePerRowAndMetricWithPlainNumbersAndIsoDates() {
		// Revenue by agent: 10 rows of 2 metrics each.
		assertThat(records.stream().filter((r) -> r.get("block").equals("Revenue by agent")).count()).isEqualTo(20);
		CSVRecord dana = find("Revenue by agent", "100", "revenue");
		assertThat(dana.get("dimension")).isEqualTo("agent");
		assertThat(dana.get("label")).isEqualTo("Dana Whitfield");
		assertThat(dana.get("value")).isEqualTo("320000");
		assertThat(find("Conversion by source", "referral", "sales_cycle").get("value")).isEqualTo("38.5");
		assertThat(find("Revenue by month", "2025-12", "revenue").get("value")).isEqualTo("812000");
		assertThat(find("Revenue by month", "2025-12", "revenue").get("dimension")).isEqualTo("month");
		assertThat(find("Leads by week", "2026-10-05", "leads").get("value")).isEqualTo("281");
		assertThat(find("Leads by week", "2026-10-05", "leads").get("dimension")).isEqualTo("week");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		CSVRecord injected = find("Revenue by agent", "101", "revenue");
		assertThat(injected.get("label")).isEqualTo("'" + ReportFixtures.INJECTED_AGENT);
		assertThat(find("Conversion by source", "'-2+3", "leads").get("value")).isEqualTo("2");
		assertThat(CsvReportRenderer.guard("-12.5")).isEqualTo("-12.5");
		assertThat(CsvReportRenderer.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvReportRenderer.guard("\tx")).isEqualTo("'\tx");
		assertThat(CsvReportRenderer.guard("\rx")).isEqualTo("'\rx");
		assertThat(CsvReportRenderer.guard("+1")).isEqualTo("'+1");
	}

	@Test
	void anEmptyBlockHasNoLines() {
		assertThat(records).noneMatch((r) -> r.get("block").equals("Referral partner payouts"));
	}

	private static CSVRecord find(String block, String key, String metric) {
		return records.stream()
			.filter((r) -> r.get("block").equals(block) && r.get("key").equals(key) && r.get("metric").equals(metric))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line " + block + "/" + key + "/" + metric));
	}

}
