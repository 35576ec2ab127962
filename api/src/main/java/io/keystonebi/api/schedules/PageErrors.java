package io.keystonebi.api.schedules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** Puts a refused value's message beside the form field it came from. */
final class PageErrors {

	/** The zones the form suggests; any IANA zone may be typed. */
	static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
			"America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Europe/London", "UTC");

	private static final Pattern SNAKE = Pattern.compile("_([a-z])");

	private PageErrors() {
	}

	/** @return the message by form field name, e.g. {@code timeZone} for the API's {@code time_zone} */
	static Map<String, String> of(InvalidReportParameterException ex) {
		return Map.of(field(ex.parameter()), ex.getMessage());
	}

	static String field(String parameter) {
		String head = parameter.split("[.\\[]", 2)[0];
		if (head.equals("definition_id") || head.equals("template") || head.equals("definition")) {
			return "report";
		}
		Matcher matcher = SNAKE.matcher(head.toLowerCase(Locale.ROOT));
		StringBuilder name = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(name, matcher.group(1).toUpperCase(Locale.ROOT));
		}
		return matcher.appendTail(name).toString();
	}

}
