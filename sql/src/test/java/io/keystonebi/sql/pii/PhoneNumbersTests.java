package io.keystonebi.sql.pii;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest(name = "{0} with country code {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			+1 (206) 555-0100      | 1  | +12065550100
			(206) 555-0100         | 1  | +12065550100
			206.555.0100           | 1  | +12065550100
			1-206-555-0100         | 1  | +12065550100
			001 206 555 0100       | 1  | +12065550100
			+44 20 7946 0958       | 1  | +442079460958
			020 7946 0958          | 44 | +442079460958
			0044 20 7946 0958      | 1  | +442079460958
			206-555-0100 ext. 12   | 1  | +12065550100
			+1 206 555 0100 x12    | 1  | +12065550100
			""")
	void spellingsPeopleTypeBecomeOneInternationalForm(String number, String countryCode, String expected) {
		assertThat(new PhoneNumbers(countryCode).normalise(number)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "''", "'  '", "n/a", "+" })
	void aNumberWithoutDigitsHasNoForm(String number) {
		assertThat(new PhoneNumbers("1").normalise(number)).isNull();
	}

}
