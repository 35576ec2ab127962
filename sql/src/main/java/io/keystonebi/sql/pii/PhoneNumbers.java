package io.keystonebi.sql.pii;

/**
 * Puts phone numbers into one E.164-like form so that the spellings people type find the same contact. Not a full
 * numbering-plan parser: a number that begins with {@code +} or {@code 00} is taken as international; any other
 * gets the configured country code, after dropping a national trunk prefix (a leading {@code 0}, or for country
 * code 1 the {@code 1} of an 11-digit number). Anything from the first letter on (an extension) is ignored.
 */
final class PhoneNumbers {

	private final String countryCode;

	PhoneNumbers(String countryCode) {
		String digits = (countryCode != null) ? countryCode.trim().replaceFirst("^\\+", "") : "";
		if (!digits.matches("[1-9][0-9]{0,2}")) {
			throw new EncryptionKeyInvalidException(EncryptionKeys.PREFIX + "phone-country-code is '" + countryCode
					+ "': give a country calling code of 1 to 3 digits, e.g. 1 or 44");
		}
		this.countryCode = digits;
	}

	/** @return the number as {@code +<country code><number>}, or null when it holds no digits */
	String normalise(String number) {
		StringBuilder digits = new StringBuilder(number.length());
		boolean international = false;
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (Character.isLetter(c)) {
				break;
			}
			if (c == '+' && digits.length() == 0) {
				international = true;
			}
			else if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		if (!international && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
			digits.delete(0, 2);
			international = true;
		}
		if (digits.length() == 0) {
			return null;
		}
		if (!international) {
			nationalToInternational(digits);
		}
		return "+" + digits;
	}

	private void nationalToInternational(StringBuilder digits) {
		if (digits.charAt(0) == '0') {
			digits.deleteCharAt(0);
		}
		else if (this.countryCode.equals("1") && digits.length() == 11 && digits.charAt(0) == '1') {
			digits.deleteCharAt(0);
		}
		digits.insert(0, this.countryCode);
	}

}
