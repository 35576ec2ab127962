package io.keystonebi.api.reports;

import java.time.OffsetDateTime;

import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.sql.reports.ReportDefinitionRow;

/**
 * A saved definition as a reader sees it.
 *
 * @param id the definition
 * @param ownerName who saved it
 * @param mine whether the reader owns it (and so may change or delete it)
 * @param shared whether it is shared within its owner's reach
 * @param definition what it holds
 * @param updatedAt when it was changed last
 */
record SavedDefinition(long id, String ownerName, boolean mine, boolean shared, ReportDefinition definition,
		OffsetDateTime updatedAt) {

	static SavedDefinition of(ReportDefinitionRow row, long readerAccountId) {
		return new SavedDefinition(row.id(), row.ownerName(), row.ownerAccountId() == readerAccountId, row.shared(),
				DefinitionJson.read(row.definition()), row.updatedAt());
	}

}
