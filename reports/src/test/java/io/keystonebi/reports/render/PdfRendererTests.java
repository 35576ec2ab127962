package io.keystonebi.reports.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTests {

	private static byte[] pdf;

	private static String text;

	@BeforeAll
	static void renderThePack() throws IOException {
		pdf = new PdfReportRenderer().render(ReportFixtures.monthlyPack(), ReportFixtures.branding());
		String out = System.getProperty("render.out");
		if (out != null) {
			Files.write(Path.of(out), pdf);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
	}

	@Test
	void firstSectionNamesTheReportItsAudiencePeriodsAndTimes() {
		assertThat(text).contains(ReportFixtures.TITLE, ReportFixtures.AUDIENCE, "1-31 October 2026",
				"1-30 September 2026", "1 Nov 2026, 06:00 EST", "1 Nov 2026, 05:45 EST", "Harbor & Pine Realty",
				"Monthly performance review", "Confidential: for the leadership team only.");
	}

	@Test
	void whatChangedListsEverySentence() {
		assertThat(text).contains("What changed");
		for (String sentence : ReportFixtures.WHAT_CHANGED) {
			assertThat(text.replaceAll("\\s+", " ")).contains(sentence);
		}
	}

	@Test
	void kpiTilesShowTheFigureAndItsChangeAgainstThePreviousPeriod() {
		// (1,204,500 - 1,019,000) / 1,019,000 = 18.204...%; 14 against 11 = 27.27...%; conversion against 0: n/a
		assertThat(text).contains("$1,204,500", "+18.2%", "Previous: $1,019,000", "14", "+27.3%", "3.1%",
				"Change n/a", "31 min");
		// appointments 318 against 355 = -10.42...%
		assertThat(text).contains("318", "-10.4%");
	}

	@Test
	void tablesFormatEachFigureByItsUnit() {
		assertThat(text).contains("Conversion by source", "referral", "188", "7.4%", "38.5 d", "$412,000");
		assertThat(text).contains("Oct 2026", "Dec 2025", "2026-09-28", "Homes sold by zipcode", "10001");
		assertThat(text).contains("Agent 60", "$64,000");
	}

	@Test
	void idColumnsAreNeverShown() {
		assertThat(text).doesNotContain("Agent id", "Stage id", "Property type id", "Team id");
	}

	@Test
	void aLongTableRepeatsItsHeaderOnTheNextPage() throws IOException {
		int pagesWithHeader = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String onPage = stripper.getText(document);
				if (onPage.replaceAll("\\s+", " ").contains("Days to close")) {
					pagesWithHeader++;
				}
			}
		}
		assertThat(pagesWithHeader).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anEmptyBlockSaysSo() {
		assertThat(text).contains("Referral partner payouts", "No data for this period.");
	}

	@Test
	void everyPageIsNumberedOutOfTheTotalAndThePackRunsToTenPagesOrMore() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(10);
			assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
		}
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
		assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("DejaVuSans"));
	}

	@Test
	void aPdfStartsAsEveryPdfDoes() {
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

}
