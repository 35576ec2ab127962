package io.keystonebi.etl.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Independent queries over the demo warehouse. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(DemoChecks.Counts.class)
@RegisterConstructorMapper(DemoChecks.NewestDays.class)
interface DemoChecks {

	record Counts(long agents, long agentsWithDeals, long deals, long leadsWithSource, long conversions,
			long marketSales, long quarantined, long teamsWithLead) {
	}

	record RollupAgreement(BigDecimal baseRevenue, long baseLeads, BigDecimal rollupRevenue, long rollupLeads,
			BigDecimal rollupAgentRevenue, long dirtyDays) {
	}

	record NewestDays(LocalDate crm, LocalDate olist, LocalDate kingcounty) {
	}

	@SqlQuery
	Counts counts();

	@SqlQuery
	NewestDays newestDays();

	@SqlQuery
	long wonGtxPro();

	/** @return the warehouse tables the demo fills that have not been analyzed since it was loaded */
	@SqlQuery
	List<String> unanalyzedTables();

	@SqlQuery
	String openSalesPipeline();

	@SqlQuery
	@RegisterConstructorMapper(RollupAgreement.class)
	RollupAgreement rollupAgreement();

}
