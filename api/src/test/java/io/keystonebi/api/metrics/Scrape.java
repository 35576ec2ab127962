package io.keystonebi.api.metrics;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a Prometheus text exposition. */
final class Scrape {

	private final String text;

	Scrape(String text) {
		this.text = text;
	}

	/** @return the value of one series, given as name and labels exactly as exposed; fails when it is absent */
	double value(String series) {
		Matcher line = line(series);
		assertThat(line.find()).as(series + " in\n" + this.text).isTrue();
		return Double.parseDouble(line.group(1));
	}

	/** @return the value of one series, or zero when it is not exposed (yet) */
	double valueOrZero(String series) {
		Matcher line = line(series);
		return line.find() ? Double.parseDouble(line.group(1)) : 0;
	}

	/** @return every sample line whose series contains all the fragments */
	List<String> lines(String... fragments) {
		return this.text.lines()
			.filter((line) -> !line.startsWith("#"))
			.filter((line) -> List.of(fragments).stream().allMatch(line::contains))
			.toList();
	}

	/** @return the name of every series exposed */
	Set<String> names() {
		Set<String> names = new TreeSet<>();
		this.text.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.forEach((line) -> names.add(line.split("[{ ]", 2)[0]));
		return names;
	}

	private Matcher line(String series) {
		return Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(this.text);
	}

}
