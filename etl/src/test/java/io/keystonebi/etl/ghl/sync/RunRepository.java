package io.keystonebi.etl.ghl.sync;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The Spring Batch job repository and the sync leases as the tests read them, and a killed process leaves them. */
@UseClasspathSqlLocator
interface RunRepository {

	/** @return the location's executions of the job as "execution id status", oldest first */
	@SqlQuery
	List<String> executions(@Bind("jobName") String jobName, @Bind("location") String location);

	@SqlQuery
	long lastExecution(@Bind("jobName") String jobName, @Bind("location") String location);

	/**
	 * Turns a failed execution into what a process killed during its failed step leaves behind.
	 * @return 1 when the execution had a failed step
	 */
	@SqlUpdate
	int leaveRunning(@Bind("executionId") long executionId);

	/** The location's sync status as the dead process left it: its run started, never ended. */
	@SqlUpdate
	void leaveStatusRunning(@Bind("location") String location);

	/** Records a lease as its owner last renewed it {@code ageSeconds} ago. */
	@SqlUpdate
	void lease(@Bind("jobName") String jobName, @Bind("location") String location, @Bind("owner") String owner,
			@Bind("ageSeconds") double ageSeconds);

	/** Makes the lease look last renewed {@code ageSeconds} ago, as when its owner stopped renewing it. */
	@SqlUpdate
	int ageLease(@Bind("jobName") String jobName, @Bind("location") String location,
			@Bind("ageSeconds") double ageSeconds);

	@SqlQuery
	Optional<String> leaseOwner(@Bind("jobName") String jobName, @Bind("location") String location);

	/** @return how many ids the execution's run has recorded as seen */
	@SqlQuery
	long seenCount(@Bind("executionId") long executionId);

}
