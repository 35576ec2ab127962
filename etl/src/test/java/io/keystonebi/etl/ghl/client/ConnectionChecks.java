package io.keystonebi.etl.ghl.client;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads {@code ghl_connections} directly, bypassing the code under test. */
@UseClasspathSqlLocator
interface ConnectionChecks {

	@SqlQuery
	String refreshToken(@Bind("locationSourceId") String locationSourceId);

	@SqlQuery
	String accessToken(@Bind("locationSourceId") String locationSourceId);

	@SqlQuery
	String authKind(@Bind("locationSourceId") String locationSourceId);

}
