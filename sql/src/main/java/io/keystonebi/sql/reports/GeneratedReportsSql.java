package io.keystonebi.sql.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Report files made on demand ({@code generated_reports}), each downloadable by the account that made it. */
@UseClasspathSqlLocator
public interface GeneratedReportsSql {

	/** Stores a made file. */
	@SqlUpdate
	void insert(@Bind("id") UUID id, @Bind("accountId") long accountId, @Bind("definitionId") Long definitionId,
			@Bind("title") String title, @Bind("format") String format, @Bind("periodFrom") LocalDate periodFrom,
			@Bind("periodTo") LocalDate periodTo, @Bind("scopeKey") String scopeKey, @Bind("content") byte[] content,
			@Bind("expiresAt") OffsetDateTime expiresAt);

	/**
	 * @param id a file
	 * @param accountId who asks
	 * @return the file when that account made it (expired or not), otherwise empty
	 */
	@SqlQuery
	@RegisterConstructorMapper(GeneratedReportRow.class)
	Optional<GeneratedReportRow> owned(@Bind("id") UUID id, @Bind("accountId") long accountId);

	/** @return the file's content (one value, not a list of bytes) */
	@SqlQuery
	@SingleValue
	byte[] content(@Bind("id") UUID id);

	/**
	 * @param accountId who asks
	 * @param now files expired by then are left out
	 * @param limit at most this many
	 * @return the account's files that can still be downloaded, newest first
	 */
	@SqlQuery
	@RegisterConstructorMapper(GeneratedReportRow.class)
	List<GeneratedReportRow> recent(@Bind("accountId") long accountId, @Bind("now") OffsetDateTime now,
			@Bind("limit") int limit);

}
