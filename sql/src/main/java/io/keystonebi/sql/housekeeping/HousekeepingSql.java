package io.keystonebi.sql.housekeeping;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Removes records that only grow: old runs of frequent jobs, webhook deliveries applied long ago and report files
 * long expired.
 */
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

	/**
	 * @param expiredBefore report files made on demand that expired before this
	 * @param limit the most files deleted by this call
	 * @return how many files were deleted
	 */
	@SqlUpdate
	int purgeExpiredReportFiles(@Bind("expiredBefore") OffsetDateTime expiredBefore, @Bind("limit") int limit);

}
