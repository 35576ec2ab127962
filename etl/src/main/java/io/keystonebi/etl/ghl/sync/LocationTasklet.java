package io.keystonebi.etl.ghl.sync;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.LocationRow;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/** The first step: the location's name, agency and time zone, which every local day is computed in. */
final class LocationTasklet implements Tasklet {

	private final SyncRun run;

	LocationTasklet(SyncRun run) {
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		GhlRecord location = new GhlRecord(this.run.client().location());
		this.run.jdbi()
			.onDemand(LocationsSql.class)
			.upsert(new LocationRow(this.run.locationSourceId(), location.text("companyId"), location.text("name"),
					timezone(location.text("timezone")), this.run.runAt()));
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	// A zone PostgreSQL or Java does not know would break every date bucket; keep the stored one instead.
	private static String timezone(String timezone) {
		try {
			return (timezone != null) ? ZoneId.of(timezone).getId() : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
