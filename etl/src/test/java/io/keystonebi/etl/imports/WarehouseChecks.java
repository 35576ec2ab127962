package io.keystonebi.etl.imports;

import java.math.BigDecimal;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Independent queries the import tests check the warehouse with. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(WarehouseChecks.Opportunity.class)
@RegisterConstructorMapper(WarehouseChecks.Quarantined.class)
public interface WarehouseChecks {

	record Opportunity(String sourceId, String status, BigDecimal monetaryValue, String agent, String stage,
			String wonAt, String lostAt, long historyEntries) {
	}

	record Quarantined(long lineNumber, String reason, String rawRow, String fileName) {
	}

	@SqlUpdate
	void reset();

	@SqlQuery
	long count(@Define("table") String table);

	@SqlQuery
	List<Opportunity> opportunities();

	@SqlQuery
	List<Quarantined> quarantine();

	@SqlQuery
	List<String> marketSales();

	@SqlQuery
	List<String> teams();

	@SqlQuery
	List<String> agentTargets();

	@SqlQuery
	List<String> leadSourceCosts();

	@SqlQuery
	List<String> economicIndicators();

}
