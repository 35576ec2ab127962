package io.keystonebi.reports.rows;

/**
 * The market sales' {@code bedrooms} filter, as the market page groups them: a number ({@code 3}), a number or
 * more ({@code 5+}), or {@code (unknown)} for sales without one.
 *
 * @param min fewest bedrooms, or null
 * @param max most bedrooms, or null
 * @param missing only sales without a number of bedrooms
 */
record Bedrooms(Integer min, Integer max, boolean missing) {

	static Bedrooms parse(FilterValues filters) {
		String value = filters.text("bedrooms");
		if (value == null) {
			return new Bedrooms(null, null, false);
		}
		if (value.equals("(unknown)")) {
			return new Bedrooms(null, null, true);
		}
		if (!value.matches("[0-9]{1,2}\\+?")) {
			throw filters.invalid("bedrooms", "expected a number of bedrooms, a number and more (e.g. 5+) or "
					+ "(unknown)");
		}
		int number = Integer.parseInt(value.replace("+", ""));
		return new Bedrooms(number, value.endsWith("+") ? null : number, false);
	}

}
