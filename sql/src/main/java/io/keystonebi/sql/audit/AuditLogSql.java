package io.keystonebi.sql.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The audit log ({@code audit_log}). Appends are chained by the table's trigger, which serialises them with an
 * advisory lock held to the end of the appending transaction: keep those transactions short.
 */
@UseClasspathSqlLocator
public interface AuditLogSql {

	/**
	 * Appends entries in one statement, chained in list order.
	 * @param entries the entries, oldest first
	 * @return how many were appended
	 */
	default int appendAll(List<NewAuditEntry> entries) {
		return appendAll(entries.stream().map((entry) -> entry.occurredAt().toString()).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::actorAccountId).toArray(Long[]::new),
				entries.stream().map(NewAuditEntry::actorUsername).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::actorRole).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::action).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::resource).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::scope).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::detail).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::requestId).toArray(String[]::new),
				entries.stream().map(NewAuditEntry::clientAddress).toArray(String[]::new));
	}

	@SqlUpdate
	int appendAll(@Bind("occurredAts") String[] occurredAts, @Bind("actorAccountIds") Long[] actorAccountIds,
			@Bind("actorUsernames") String[] actorUsernames, @Bind("actorRoles") String[] actorRoles,
			@Bind("actions") String[] actions, @Bind("resources") String[] resources, @Bind("scopes") String[] scopes,
			@Bind("details") String[] details, @Bind("requestIds") String[] requestIds,
			@Bind("clientAddresses") String[] clientAddresses);

	/**
	 * Entries newest first; every filter is optional (null).
	 * @param actor a username, matched without regard to case
	 * @param action an action ({@code sign_in.failed}) or the start of one ({@code sign_in})
	 * @param from the earliest time, inclusive
	 * @param to the latest time, exclusive
	 * @param text text anywhere in the actor, action, resource, scope, request id, address or detail, any case
	 * @param beforeId only entries older than this id (the next page)
	 * @param limit the most entries
	 * @return the entries
	 */
	@SqlQuery
	@RegisterConstructorMapper(AuditEntryRow.class)
	List<AuditEntryRow> search(@Bind("actor") String actor, @Bind("action") String action,
			@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to, @Bind("text") String text,
			@Bind("beforeId") Long beforeId, @Bind("limit") int limit);

	/** @return the first entry, in id order, at which the chain does not hold; empty when it is intact */
	@SqlQuery
	@RegisterConstructorMapper(ChainBreak.class)
	Optional<ChainBreak> firstBreak();

	/** @return how many entries there are, and the chain's ends */
	@SqlQuery
	@RegisterConstructorMapper(ChainExtent.class)
	ChainExtent extent();

}
