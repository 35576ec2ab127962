package io.keystonebi.api.openapi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.keystonebi.api.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveFieldsTests {

	private static final String SUMMARY = "GET /api/v1/dashboard/summary";

	@Test
	void aViewerIsShownNoPersonalDataNorCommissionAtAnyDepth() {
		JsonNode body = json("""
				{"deals": [{"contact_email": "a@example.com", "agent": {"gci": 1200, "mobile_phone": "+1 303"}}],
				 "lead_name": "x", "first_name": "y", "address1": "z", "last_message": "hi", "commission_rate": 3}""");
		assertThat(SensitiveFields.find("GET /api/v1/deals", body, SensitiveFields.forbiddenFor(Role.VIEWER)))
			.containsExactlyInAnyOrder("$.deals[*].contact_email (PERSONAL)", "$.deals[*].agent.gci (COMMISSION)",
					"$.deals[*].agent.mobile_phone (PERSONAL)", "$.lead_name (PERSONAL)", "$.first_name (PERSONAL)", "$.address1 (PERSONAL)",
					"$.last_message (PERSONAL)", "$.commission_rate (COMMISSION)");
	}

	@Test
	void wordsAreMatchedWholeSoLookalikeNamesPass() {
		JsonNode body = json("""
				{"emailed_reports": 2, "phoneme": 1, "notebook": 1, "bodyguard": 1, "name": "Alice", "rank": 1}""");
		assertThat(SensitiveFields.find("GET /api/v1/x", body, SensitiveFields.forbiddenFor(Role.VIEWER))).isEmpty();
	}

	@Test
	void theApplicationsOwnAlertTextPassesOnlyWhereItIsListed() {
		JsonNode body = json("""
				{"alerts": [{"message": "Revenue is down 20%"}], "notes": ["caveat"]}""");
		assertThat(SensitiveFields.find(SUMMARY, body, SensitiveFields.forbiddenFor(Role.VIEWER))).isEmpty();
		assertThat(SensitiveFields.find("GET /api/v1/other", body, SensitiveFields.forbiddenFor(Role.VIEWER)))
			.containsExactlyInAnyOrder("$.alerts[*].message (PERSONAL)", "$.notes (PERSONAL)");
	}

	@Test
	void otherRolesMaySeePersonalDataButNobodySeesCredentials() {
		JsonNode body = json("""
				{"email": "a@example.com", "gci": 5, "password_hash": "$2a$..."}""");
		for (Role role : new Role[] { Role.ADMIN, Role.EXECUTIVE, Role.MANAGER, Role.AGENT }) {
			assertThat(SensitiveFields.find("GET /api/v1/x", body, SensitiveFields.forbiddenFor(role)))
				.as(role.id()).containsExactly("$.password_hash (SECRET)");
		}
	}

	@Test
	void chainHashesAndMadeUpPasswordsPassOnlyWhereListed() {
		JsonNode audit = json("""
				{"entries": [{"hash": "ab12", "prev_hash": "00", "detail": {"password_hash": "$2a$..."}}]}""");
		assertThat(SensitiveFields.find("GET /api/v1/admin/audit", audit, SensitiveFields.forbiddenFor(Role.ADMIN)))
			.containsExactly("$.entries[*].detail.password_hash (SECRET)");
		assertThat(SensitiveFields.find("GET /api/v1/other", audit, SensitiveFields.forbiddenFor(Role.ADMIN)))
			.containsExactlyInAnyOrder("$.entries[*].hash (SECRET)", "$.entries[*].prev_hash (SECRET)",
					"$.entries[*].detail.password_hash (SECRET)");
		JsonNode created = json("""
				{"user": {"username": "carla.singh", "password": "x"}, "password": "Made-up-password-2x"}""");
		assertThat(SensitiveFields.find("POST /api/v1/admin/users", created, SensitiveFields.forbiddenFor(Role.ADMIN)))
			.containsExactly("$.user.password (SECRET)");
	}

	private static JsonNode json(String text) {
		return ApiDocument.JSON.readTree(text);
	}

}
