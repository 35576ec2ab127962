package io.keystonebi.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.keystonebi.sql.audit.NewAuditEntry;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntriesTests {

	@Test
	void credentialsAndContactDetailsInAQueryKeepTheirNameButLoseTheirValue() {
		assertThat(AuditEntries.redactQuery("range=30d&access_token=abc&email=a%40b.com&compare=yoy&code"))
			.isEqualTo("range=30d&access_token=[redacted]&email=[redacted]&compare=yoy&code");
		assertThat(AuditEntries.redactQuery("")).isNull();
		assertThat(AuditEntries.redactQuery(null)).isNull();
	}

	@Test
	void detailValuesUnderSecretNamesAreDroppedAtAnyDepth() {
		JsonNode detail = AuditTestSupport.json(AuditEntries.json(Map.of("recipients",
				List.of(Map.of("smtp_password", "pw", "id", 4)), "Password", "hunter2", "format", "pdf")));
		assertThat(detail.get("recipients").get(0).get("smtp_password").asString()).isEqualTo("[redacted]");
		assertThat(detail.get("recipients").get(0).get("id").asInt()).isEqualTo(4);
		assertThat(detail.get("Password").asString()).isEqualTo("[redacted]");
		assertThat(detail.get("format").asString()).isEqualTo("pdf");
	}

	@Test
	void textIsCutToLengthAndFreedOfControlCharactersThePostgresRefuses() {
		NewAuditEntry entry = AuditEntries.entry(Instant.parse("2026-03-01T10:00:00Z"),
				new AuditEntries.Actor(1L, "dana\u0000" + "x".repeat(100), "admin"), "data.read", "GET /\u0000a", null,
				Map.of("note", "a\u0000b"), new RequestFacts("r\n1", "127.0.0.1"));
		assertThat(entry.actorUsername()).startsWith("danax").hasSize(64);
		assertThat(entry.resource()).isEqualTo("GET /a");
		assertThat(entry.detail()).isEqualTo("{\"note\":\"ab\"}");
		assertThat(entry.requestId()).isEqualTo("r1");
		assertThat(entry.occurredAt().toString()).isEqualTo("2026-03-01T10:00Z");
	}

}
