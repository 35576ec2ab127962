package io.keystonebi.reports.delivery;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.revenue.RevenueFixtures;
import io.keystonebi.reports.schedule.ScheduleRequest;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.reports.schedule.SchedulePlanner;
import io.keystonebi.reports.schedule.Schedules;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One monthly schedule, four readers, end to end with the real generator and renderers: the e-mails arrive over
 * SMTP, and each one's PDF (its text) and XLSX (its cells) hold the figures of the reader's own data scope, as an
 * SQL statement written apart from the catalogue sums them over the fixture.
 */
@PanelsIntegrationTest
@TestPropertySource(properties = "bi.test.fixture=scheduled-report-content")
class ScheduledReportContentIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	// Created on 1 April; the schedule runs on the 2nd at 07:00 New York (11:00Z) and reports on March.
	private static final Instant CREATED = Instant.parse("2026-04-01T12:00:00Z");

	private static final Instant AFTER_FIRST_RUN = Instant.parse("2026-04-02T11:00:30Z");

	@Autowired
	private Jdbi jdbi;

	@Autowired
	private ReportComposer composer;

	@Autowired
	private ReportsProperties properties;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private GreenMail greenMail;

	private int port;

	@BeforeEach
	void setUp() throws Exception {
		RevenueFixtures.harborHomes(this.jdbi);
		this.jdbi.useHandle((handle) -> {
			if (handle.createQuery("select count(*) from accounts").mapTo(Long.class).one() == 0) {
				handle.createScript(SQL.locate(getClass(), "accounts")).execute();
			}
		});
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
	}

	@AfterEach
	void tearDown() {
		this.greenMail.stop();
		this.pool.shutdownNow();
	}

	@Test
	void eachReaderGetsTheirOwnScopesFiguresInThePdfAndTheWorkbook() throws Exception {
		ReportsProperties.Delivery delivery = DeliveryIntegrationTests.PROPERTIES;
		Schedules schedules = new Schedules(this.jdbi, Clock.fixed(CREATED, ZoneOffset.UTC), this.properties);
		schedules.create(new ScheduleRequest(1, 1, "March review", "monthly", null, 2, "07:00", "America/New_York",
				CREATED.atZone(ZoneOffset.UTC).toLocalDate(), null, false, false, List.of("pdf", "xlsx"),
				List.of(RecipientRequest.account(1), RecipientRequest.account(2), RecipientRequest.account(3),
						RecipientRequest.account(4))));
		assertThat(new SchedulePlanner(this.jdbi, Clock.systemUTC(), 100).planDue(AFTER_FIRST_RUN)).isEqualTo(4);
		DeliveryConfiguration.newSender(this.jdbi, this.composer, DeliveryIntegrationTests.mailSender(this.port),
				new Unsubscribes(this.jdbi, delivery), delivery, Clock.systemUTC(), this.pool, "content")
			.sendAllDue();

		Map<String, MimeMessage> mails = new HashMap<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			mails.put(message.getAllRecipients()[0].toString(), message);
		}
		assertThat(mails).containsOnlyKeys("erin@harbor.test", "dana@harbor.test", "cat@harbor.test",
				"vic@harbor.test");

		Figures whole = figures();
		Figures teamEast = figures(1L, 2L);
		Figures cat = figures(3L);
		assertThat(whole.revenue()).isEqualByComparingTo("630000");

		expect(mails.get("erin@harbor.test"), "Whole brokerage", whole, true);
		expect(mails.get("dana@harbor.test"), "Team East", teamEast, true);
		expect(mails.get("cat@harbor.test"), "Cat Closer", cat, true);
		// A viewer reads the brokerage's figures without what agents earn.
		expect(mails.get("vic@harbor.test"), "Whole brokerage", whole, false);
	}

	private void expect(MimeMessage mail, String audience, Figures figures, boolean seesCommission) throws Exception {
		Map<String, byte[]> files = attachments(mail);
		assertThat(files.keySet()).anySatisfy((name) -> assertThat(name).endsWith(".pdf"))
			.anySatisfy((name) -> assertThat(name).endsWith(".xlsx"));

		String pdf = text(file(files, ".pdf"));
		assertThat(pdf).contains("March review").contains(audience).contains(dollars(figures.revenue()));
		assertThat(pdf.contains("GCI")).isEqualTo(seesCommission);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(files, ".xlsx")))) {
			Sheet headline = workbook.getSheet("Headline");
			Map<String, Cell> current = currentRow(headline);
			assertThat(current.get("Revenue").getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(current.get("Revenue").getNumericCellValue()))
				.isEqualByComparingTo(figures.revenue());
			assertThat(current.get("Deals won").getNumericCellValue()).isEqualTo(figures.deals());
			if (seesCommission) {
				assertThat(BigDecimal.valueOf(current.get("GCI").getNumericCellValue()))
					.isEqualByComparingTo(figures.gci());
			}
			else {
				assertThat(current).doesNotContainKey("GCI");
			}
		}
	}

	// The KPI sheet: a header row of labels, then the current period's row and the previous one's.
	private static Map<String, Cell> currentRow(Sheet sheet) {
		Row header = null;
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (header == null && first != null && first.getCellType() == CellType.STRING
					&& row.getLastCellNum() > 1) {
				header = row;
			}
			else if (header != null && first != null && "current".equalsIgnoreCase(first.toString().strip())) {
				Map<String, Cell> cells = new HashMap<>();
				for (Cell label : header) {
					cells.put(label.getStringCellValue(), row.getCell(label.getColumnIndex()));
				}
				return cells;
			}
		}
		throw new AssertionError("No current row in sheet " + sheet.getSheetName());
	}

	private Figures figures(Long... agents) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(SQL.locate(getClass(), "revenue"))
			.bindArray("agents", Long.class, (Object[]) agents)
			.map((rs, ctx) -> new Figures(rs.getBigDecimal("revenue"), rs.getInt("deals"), rs.getBigDecimal("gci")))
			.one());
	}

	private static String dollars(BigDecimal amount) {
		return "$" + String.format("%,d", amount.longValueExact());
	}

	private static byte[] file(Map<String, byte[]> files, String extension) {
		return files.entrySet().stream().filter((entry) -> entry.getKey().endsWith(extension)).findFirst()
			.orElseThrow().getValue();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static Map<String, byte[]> attachments(Part part) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		List<Part> parts = new ArrayList<>(List.of(part));
		while (!parts.isEmpty()) {
			Part next = parts.remove(0);
			if (next.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) next.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					parts.add(child);
				}
			}
			else if (next.getFileName() != null) {
				try (InputStream in = next.getInputStream()) {
					files.put(next.getFileName(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	private record Figures(BigDecimal revenue, int deals, BigDecimal gci) {
	}

}
