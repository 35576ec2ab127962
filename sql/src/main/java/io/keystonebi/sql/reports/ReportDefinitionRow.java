package io.keystonebi.sql.reports;

import java.time.OffsetDateTime;

/**
 * A saved report definition and who owns it.
 *
 * @param id the definition
 * @param ownerAccountId the account that saved it, the only one that may change or delete it
 * @param ownerName the owner's display name
 * @param title its title
 * @param definition the definition as JSON text, in the one shape definitions are read in
 * @param shared whether the accounts within the owner's reach see it too
 * @param createdAt when it was saved first
 * @param updatedAt when it was changed last
 */
public record ReportDefinitionRow(long id, long ownerAccountId, String ownerName, String title, String definition,
		boolean shared, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
