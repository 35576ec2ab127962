package io.keystonebi.etl.ghl.webhooks;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

import io.keystonebi.sql.pii.Plaintext;
import io.keystonebi.sql.test.Decrypted;

/** Reads (and one write) of the warehouse the webhook-and-sync tests make, independent of the code under test. */
@UseClasspathSqlLocator
interface WebhookSyncChecks {

	/**
	 * @return every row of a table keyed by (location_id, source_id) for the location, by source id, its personal
	 * data decrypted
	 */
	default List<Map<String, Object>> rows(String table, String location) {
		return storedRows(table, location).stream().map(Decrypted::row).toList();
	}

	/** @return the rows as stored: personal data encrypted */
	@SqlQuery("rows")
	@UseRowMapper(MapMapper.class)
	List<Map<String, Object>> storedRows(@Define("table") String table, @Bind("location") String location);

	/**
	 * Stores next to the message {@code sourceId} the row a webhook delivery of it without messageId leaves when it
	 * is applied at the same time as the sync writes the message.
	 */
	default int copyAsProvisional(String location, String sourceId, String provisionalId) {
		return copyAsProvisional(location, sourceId, provisionalId, Plaintext.of("Internal Notify <sample@email.service>"),
				Plaintext.ofList(List.of("recipient@example.com")), Plaintext.of("Order Confirmed"));
	}

	/** Stores the row, the e-mail fields encrypted as the application encrypts them. */
	@SqlUpdate
	int copyAsProvisional(@Bind("location") String location, @Bind("sourceId") String sourceId,
			@Bind("provisionalId") String provisionalId, @Bind("emailFrom") Plaintext emailFrom,
			@Bind("emailTo") Plaintext emailTo, @Bind("emailSubject") Plaintext emailSubject);

}
