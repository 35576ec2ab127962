package io.keystonebi.api.metrics;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a PromQL expression, or a Grafana {@code label_values()} query, reads. */
final class PromQl {

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "bool", "offset", "inf", "nan");

	private static final Pattern NAME = Pattern
		.compile("(?<![A-Za-z0-9_:.$])[A-Za-z_:][A-Za-z0-9_:]*+(?!\\s*\\()");

	private PromQl() {
	}

	static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("label_values\\(([^,()]*),\\s*\\w+\\s*\\)", "$1")
			.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
			.replaceAll("\\$\\{[^}]*}|\\$\\w+", "")
			.replaceAll("\\{[^}]*}", "")
			.replaceAll("\\[[^]]*]", "")
			.replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
		Set<String> names = new TreeSet<>();
		Matcher name = NAME.matcher(bare);
		while (name.find()) {
			if (!KEYWORDS.contains(name.group().toLowerCase())) {
				names.add(name.group());
			}
		}
		return names;
	}

}
