package io.keystonebi.api.dashboard;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.keystonebi.api.security.TestSignIn;

/**
 * Chromium from the Debian packages, with the driver named explicitly so nothing is ever downloaded. Chromium and
 * its driver are required (the CI installs them); when they are missing a browser test fails saying so rather
 * than skipping.
 */
public final class Browsers {

	private static final File DRIVER = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	private static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private Browsers() {
	}

	/**
	 * @param width the viewport's width in CSS pixels
	 * @return a headless Chromium that records the console at every level
	 */
	public static WebDriver chromium(int width) {
		if (!DRIVER.canExecute() || !BROWSER.canExecute()) {
			throw new IllegalStateException("The browser tests need Chromium at " + BROWSER + " and its driver at "
					+ DRIVER + "; install them with: apt-get install -y chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--disable-quic", "--hide-scrollbars",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=" + width + ",900");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		// Headless windows cannot be narrower than 500 px; emulating the device gives the real viewport.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
		return driver;
	}

	/**
	 * Signs in through the sign-in page, as a person does, and waits for the signed-in page.
	 * @param driver the browser
	 * @param port the application's port
	 * @param username an account whose password is {@code TestSignIn.PASSWORD}
	 */
	public static void signIn(WebDriver driver, int port, String username) {
		driver.get("http://127.0.0.1:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestSignIn.PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=account]")));
	}

	/** @return the console entries of the pages seen so far that are errors (a refused style or script included) */
	public static List<LogEntry> severeConsoleEntries(WebDriver driver) {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

}
