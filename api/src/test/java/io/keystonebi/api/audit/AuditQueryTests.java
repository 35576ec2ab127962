package io.keystonebi.api.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.keystonebi.api.web.InvalidRequestParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTests {

	@Test
	void nothingGivenMeansTheNewestFiftyEntries() {
		assertThat(AuditQuery.parse(Map.of())).isEqualTo(new AuditQuery(null, null, null, null, null, null, 50));
	}

	@Test
	void blankFieldsOfAnEmptyFormCountAsNotGiven() {
		AuditQuery query = AuditQuery.parse(Map.of("actor", List.of(""), "action", List.of(" "), "from", List.of(""),
				"to", List.of(""), "q", List.of(""), "limit", List.of(""), "before_id", List.of("")));
		assertThat(query).isEqualTo(new AuditQuery(null, null, null, null, null, null, 50));
	}

	@Test
	void datesAreWholeUtcDaysSoToIncludesItsDay() {
		AuditQuery query = AuditQuery.parse(Map.of("from", List.of("2026-03-01"), "to", List.of("2026-03-01")));
		assertThat(query.from()).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00:00Z"));
		assertThat(query.to()).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00:00Z"));
	}

	@Test
	void timesWithAnOffsetAreTakenAsGiven() {
		AuditQuery query = AuditQuery.parse(Map.of("from", List.of("2026-03-01T09:30:00-07:00"),
				"to", List.of("2026-03-01T17:00:00Z"), "before_id", List.of("120"), "limit", List.of("500")));
		assertThat(query.from().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-01T16:30:00Z").toInstant());
		assertThat(query.beforeId()).isEqualTo(120L);
		assertThat(query.limit()).isEqualTo(500);
	}

	@Test
	void anActionOrItsFirstPartIsAccepted() {
		assertThat(AuditQuery.parse(Map.of("action", List.of("sign_in"))).action()).isEqualTo("sign_in");
		assertThat(AuditQuery.parse(Map.of("action", List.of("sign_in.refresh_reused"))).action())
			.isEqualTo("sign_in.refresh_reused");
	}

	@Test
	void eachBadParameterIsNamed() {
		assertRefused(Map.of("limit", List.of("501")), "limit", "limit must be a whole number from 1 to 500; got '501'.");
		assertRefused(Map.of("before_id", List.of("0")), "before_id", "before_id must be an entry id");
		assertRefused(Map.of("from", List.of("01/03/2026")), "from", "from must be a date");
		assertRefused(Map.of("from", List.of("2026-03-02"), "to", List.of("2026-03-01")), "to", "to must be after from");
		assertRefused(Map.of("action", List.of("sign_in.")), "action", "got 'sign_in.'");
		assertRefused(Map.of("q", List.of("x".repeat(201))), "q", "q may be at most 200 characters; got 201.");
		assertRefused(Map.of("user", List.of("ops")), "user", "'user' is not a parameter of the audit search");
		assertRefused(Map.of("q", List.of("a", "b")), "q", "q may be given once.");
	}

	private static void assertRefused(Map<String, List<String>> parameters, String parameter, String message) {
		assertThatThrownBy(() -> AuditQuery.parse(parameters)).isInstanceOf(InvalidRequestParameterException.class)
			.hasMessageContaining(message)
			.satisfies((ex) -> assertThat(((InvalidRequestParameterException) ex)).extracting("parameter")
				.isEqualTo(parameter));
	}

}
