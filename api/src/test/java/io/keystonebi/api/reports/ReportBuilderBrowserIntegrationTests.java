package io.keystonebi.api.reports;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.dashboard.Browsers;
import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report builder in Chromium: a two-block report built with the widgets (a block moved by keyboard), previewed
 * (a chart and tables holding the API's figures), saved, reloaded and downloaded as a workbook holding the same
 * figures; the reports pages fit a phone and a desktop without console errors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, ReportsClient.TEAM_FIXTURE }, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class ReportBuilderBrowserIntegrationTests {

	private static final String DEFINITION = "{\"title\": \"Team review\", \"range\": \"custom\", \"from\": "
			+ "\"2026-03-01\", \"to\": \"2026-03-20\", \"blocks\": [{\"title\": \"Revenue by agent\", \"metrics\": "
			+ "[\"revenue\", \"deals_won\"], \"dimension\": \"agent\", \"view\": \"bar\"}, {\"title\": \"Headline\", "
			+ "\"metrics\": [\"revenue\"], \"view\": \"kpi\"}]}";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@TempDir
	private Path downloads;

	private WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aTwoBlockReportIsBuiltPreviewedSavedReloadedAndDownloaded() throws Exception {
		open(1280, "/reports/builder");
		field("report-title").clear();
		field("report-title").sendKeys("Team review");
		new Select(field("report-range")).selectByValue("custom");
		setValue(field("report-from"), "2026-03-01");
		setValue(field("report-to"), "2026-03-20");
		blockField(0, "title").clear();
		blockField(0, "title").sendKeys("Headline");
		choose(blockField(0, "metrics"), "revenue");
		new Select(blockField(0, "view")).selectByValue("kpi");
		this.driver.findElement(By.cssSelector("[data-add-block]")).click();
		blockField(1, "title").clear();
		blockField(1, "title").sendKeys("Revenue by agent");
		choose(blockField(1, "metrics"), "revenue", "deals_won");
		new Select(blockField(1, "view")).selectByValue("bar");
		new Select(blockField(1, "dimension")).selectByValue("agent");
		this.driver.findElement(By.cssSelector("[aria-label='Move block 2 up']")).sendKeys(Keys.ENTER);
		assertThat(blockField(0, "title").getDomProperty("value")).isEqualTo("Revenue by agent");

		this.driver.findElement(By.cssSelector("[data-preview]")).click();
		waitUntil((d) -> d.findElement(By.tagName("main")).getAttribute("data-drawn") != null);
		JsonNode api = ReportsClient.json(executive().post("/api/v1/reports/preview", DEFINITION), 200);
		JsonNode bars = api.path("blocks").get(0);
		assertThat(this.driver.findElements(By.cssSelector("[data-block='0'][data-view='bar'] .chart canvas")))
			.isNotEmpty();
		assertThat(previewRows(0)).isEqualTo(expectedRows(bars));
		assertThat(previewRows(1)).hasSize(2);

		this.driver.findElement(By.cssSelector("[data-save]")).click();
		waitUntil((d) -> d.getCurrentUrl().matches(".*/reports/builder/\\d+$"));
		this.driver.navigate().refresh();
		waitUntil((d) -> "true".equals(d.findElement(By.tagName("main")).getAttribute("data-ready")));
		assertThat(field("report-title").getDomProperty("value")).isEqualTo("Team review");
		assertThat(field("report-from").getDomProperty("value")).isEqualTo("2026-03-01");
		assertThat(this.driver.findElements(By.cssSelector(".block-editor"))).hasSize(2);
		assertThat(blockField(0, "title").getDomProperty("value")).isEqualTo("Revenue by agent");
		assertThat(new Select(blockField(0, "dimension")).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo("agent");

		this.driver.findElement(By.cssSelector("[data-download='xlsx']")).click();
		File workbook = awaitDownload();
		assertThat(revenueColumn(workbook)).isEqualTo(revenues(bars));
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 375, 1280 })
	void theReportsPagesFitTheScreenAndMoveBlocksByKeyboard(int width) {
		open(width, "/reports/builder?template=monthly_executive_pack");
		int blocks = this.driver.findElements(By.cssSelector(".block-editor")).size();
		String second = blockField(1, "title").getDomProperty("value");
		this.driver.findElement(By.cssSelector("[aria-label='Move block 2 up']")).sendKeys(Keys.ENTER);
		assertThat(blockField(0, "title").getDomProperty("value")).isEqualTo(second);
		assertThat(blocks).isGreaterThan(2);
		this.driver.findElement(By.cssSelector("[data-preview]")).click();
		waitUntil((d) -> d.findElement(By.tagName("main")).getAttribute("data-drawn") != null);
		assertThat(scrollWidth()).isLessThanOrEqualTo(width);
		this.driver.get("http://127.0.0.1:" + this.port + "/reports");
		assertThat(this.driver.findElements(By.cssSelector("[data-testid=templates] li"))).hasSize(3);
		assertThat(scrollWidth()).isLessThanOrEqualTo(width);
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	private void open(int width, String path) {
		this.driver = Browsers.chromium(width);
		((ChromeDriver) this.driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
		Browsers.signIn(this.driver, this.port, TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null));
		this.driver.get("http://127.0.0.1:" + this.port + path);
		waitUntil((d) -> "true".equals(d.findElement(By.tagName("main")).getAttribute("data-ready")));
	}

	private ReportsClient executive() {
		return ReportsClient.as(this.context, this.port, Role.EXECUTIVE, null, null);
	}

	private WebElement field(String id) {
		return new BuilderPage(this.driver).field(id);
	}

	private WebElement blockField(int block, String name) {
		return new BuilderPage(this.driver).blockField(block, name);
	}

	private void choose(WebElement select, String... values) {
		new BuilderPage(this.driver).choose(select, values);
	}

	private void setValue(WebElement input, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", input, value);
	}

	private List<List<String>> previewRows(int block) {
		List<List<String>> rows = new ArrayList<>();
		for (WebElement row : this.driver.findElements(By.cssSelector("[data-block='" + block + "'] tbody tr"))) {
			rows.add(row.findElements(By.cssSelector("td:not(.id)")).stream().map(WebElement::getText).toList());
		}
		return rows;
	}

	// The API's rows as the table shows them: the agent's name, revenue in dollars, deals won.
	private static List<List<String>> expectedRows(JsonNode block) {
		NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
		money.setMaximumFractionDigits(0);
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode row : block.path("rows")) {
			rows.add(List.of(row.get(1).asString(), money.format(row.get(2).decimalValue()),
					NumberFormat.getIntegerInstance(Locale.US).format(row.get(3).decimalValue())));
		}
		return rows;
	}

	private static List<BigDecimal> revenues(JsonNode block) {
		List<BigDecimal> values = new ArrayList<>();
		block.path("rows").forEach((row) -> values.add(row.get(2).decimalValue().stripTrailingZeros()));
		return values;
	}

	// The first block's sheet (after the summary sheet): its Revenue column, row by row.
	private static List<BigDecimal> revenueColumn(File file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file)) {
			Sheet sheet = workbook.getSheetAt(1);
			Row header = sheet.getRow(0);
			int column = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if ("Revenue".equals(header.getCell(c).getStringCellValue())) {
					column = c;
				}
			}
			List<BigDecimal> values = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				values.add(BigDecimal.valueOf(sheet.getRow(r).getCell(column).getNumericCellValue()).stripTrailingZeros());
			}
			return values;
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	private File awaitDownload() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			try (var files = Files.list(this.downloads)) {
				List<Path> done = files.filter((p) -> p.toString().endsWith(".xlsx")).toList();
				if (!done.isEmpty()) {
					return done.get(0).toFile();
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No workbook was downloaded into " + this.downloads);
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) this.driver).executeScript(
				"return document.documentElement.scrollWidth;");
	}

	private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition::apply);
	}

}
