package io.keystonebi.reports.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or ending with an
 * apostrophe, unique ignoring case within the workbook.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	/**
	 * @param reserved a name already used, e.g. the summary sheet's
	 */
	SheetNames(String reserved) {
		this.taken.add(reserved.toLowerCase(Locale.ROOT));
		// Excel keeps this name for itself.
		this.taken.add("history");
	}

	/**
	 * @param title a block's title
	 * @param position the block's position, from 1, for a title that leaves nothing usable
	 * @return a valid name not given before
	 */
	String next(String title, int position) {
		String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
		base = base.replaceAll("^'+|'+$", "").strip();
		if (base.isEmpty()) {
			base = "Block " + position;
		}
		base = cut(base, MAX_LENGTH);
		String name = base;
		for (int n = 2; this.taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
		}
		this.taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length).strip().replaceAll("'+$", "");
	}

}
