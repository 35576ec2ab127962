package io.keystonebi.sql.housekeeping;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Removes records that only grow: old runs of frequent jobs and webhook deliveries applied long ago. */
@UseClasspathSqlLocator
public interface HousekeepingSql {

	/**
	 * @param jobNames the Spring Batch jobs whose history is purged
	 * @param endedBefore runs that ended before this (Spring Batch stores local times of the JVM's zone)
	 * @param limit the most runs deleted by this call
	 * @return how many runs were deleted
	 */
	@SqlQuery
	int purgeJobHistory(@Bind("jobNames") String[] jobNames, @Bind("endedBefore") LocalDateTime endedBefore,
			@Bind("limit") int limit);

	/**
	 * @param processedBefore deliveries applied or ignored before this
	 * @param limit the most deliveries deleted by this call
	 * @return how many deliveries were deleted
	 */
	@SqlUpdate
	int purgeAppliedWebhooks(@Bind("processedBefore") OffsetDateTime processedBefore, @Bind("limit") int limit);

}
