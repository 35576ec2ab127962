package io.keystonebi.api.reports;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.sql.reports.ReportDefinitionsSql;

/**
 * Saved report definitions: each account's own, and those shared with it. A definition never holds whose data it
 * shows, so sharing one shares no figures: every reader makes it for their own scope.
 */
@Component
class SavedDefinitions {

	private final Jdbi jdbi;

	private final DefinitionChecks checks;

	SavedDefinitions(Jdbi jdbi, DefinitionChecks checks) {
		this.jdbi = jdbi;
		this.checks = checks;
	}

	/** @return the new definition's id */
	long save(Caller caller, ReportDefinition definition, boolean shared) {
		String json = DefinitionJson.write(this.checks.check(definition));
		return this.jdbi.withExtension(ReportDefinitionsSql.class,
				(sql) -> sql.insert(caller.accountId(), definition.title(), json, shared));
	}

	/** @throws ReportDefinitionNotFoundException when it is neither the caller's nor shared with them */
	SavedDefinition read(Caller caller, long id) {
		return this.jdbi.withExtension(ReportDefinitionsSql.class, (sql) -> sql.readable(id, caller.accountId()))
			.map((row) -> SavedDefinition.of(row, caller.accountId()))
			.orElseThrow(() -> new ReportDefinitionNotFoundException(id));
	}

	/** @return the caller's own definitions, then those shared with them */
	List<SavedDefinition> list(Caller caller) {
		return this.jdbi.withExtension(ReportDefinitionsSql.class, (sql) -> sql.listed(caller.accountId()))
			.stream()
			.map((row) -> SavedDefinition.of(row, caller.accountId()))
			.toList();
	}

	/**
	 * Replaces the caller's own definition.
	 * @throws ReportDefinitionNotYoursException when it was only shared with the caller
	 * @throws ReportDefinitionNotFoundException when the caller cannot read it at all
	 */
	void replace(Caller caller, long id, ReportDefinition definition, boolean shared) {
		String json = DefinitionJson.write(this.checks.check(definition));
		int changed = this.jdbi.withExtension(ReportDefinitionsSql.class,
				(sql) -> sql.update(id, caller.accountId(), definition.title(), json, shared));
		if (changed == 0) {
			refuse(caller, id);
		}
	}

	/** Deletes the caller's own definition; same refusals as {@link #replace}. */
	void delete(Caller caller, long id) {
		int deleted = this.jdbi.withExtension(ReportDefinitionsSql.class, (sql) -> sql.delete(id, caller.accountId()));
		if (deleted == 0) {
			refuse(caller, id);
		}
	}

	// Someone who can read it learns why they may not change it; anyone else learns nothing of it.
	private void refuse(Caller caller, long id) {
		read(caller, id);
		throw new ReportDefinitionNotYoursException(id);
	}

}
