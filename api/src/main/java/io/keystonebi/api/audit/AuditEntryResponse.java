package io.keystonebi.api.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.keystonebi.sql.audit.AuditEntryRow;

/**
 * One audit entry as the API answers it.
 *
 * @param id its place in the chain
 * @param occurredAt when it happened, UTC
 * @param actorAccountId the account that acted, or null
 * @param actorUsername its username, or null
 * @param actorRole its role, or null
 * @param action what happened
 * @param resource what it happened to, or null
 * @param scope the data scope key, or null
 * @param detail further detail, a JSON object
 * @param requestId the request's id, or null
 * @param clientAddress the client's address, or null
 * @param prevHash the previous entry's hash, hex
 * @param hash this entry's hash, hex
 */
record AuditEntryResponse(long id, OffsetDateTime occurredAt, Long actorAccountId, String actorUsername,
		String actorRole, String action, String resource, String scope,
		// Declared, as swagger-core cannot see through Jackson 3's JsonNode and would describe the node class.
		@Schema(implementation = Map.class, description = "Further detail; its fields depend on the action")
		JsonNode detail, String requestId, String clientAddress, String prevHash, String hash) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static AuditEntryResponse of(AuditEntryRow row) {
		HexFormat hex = HexFormat.of();
		return new AuditEntryResponse(row.id(), row.occurredAt().withOffsetSameInstant(ZoneOffset.UTC),
				row.actorAccountId(), row.actorUsername(), row.actorRole(), row.action(), row.resource(), row.scope(),
				JSON.readTree(row.detail()), row.requestId(), row.clientAddress(), hex.formatHex(row.prevHash()),
				hex.formatHex(row.hash()));
	}

}
