package io.keystonebi.api.reports;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The report builder's fields as the browser tests reach them. */
final class BuilderPage {

	private final WebDriver driver;

	BuilderPage(WebDriver driver) {
		this.driver = driver;
	}

	WebElement field(String id) {
		return this.driver.findElement(By.id(id));
	}

	WebElement blockField(int block, String name) {
		return this.driver.findElement(By.id("block-" + block + "-" + name));
	}

	// One change event for the whole choice, as a person's last click in the list gives.
	void choose(WebElement select, String... values) {
		((JavascriptExecutor) this.driver).executeScript("var values = arguments[1];"
				+ "Array.prototype.forEach.call(arguments[0].options, function (o) { o.selected = values.indexOf(o.value) >= 0; });"
				+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", select, List.of(values));
	}

}
