package io.keystonebi.etl.ghl.sync;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.LocationRow;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/**
 * The first step: the location's name, agency and time zone, which every local day is computed in. Every run
 * stores its time as the location's version, so only a changed name, agency or zone counts as a change.
 */
final class LocationTasklet implements Tasklet {

	private final SyncRun run;

	private final WarehouseChanges changes;

	LocationTasklet(SyncRun run, WarehouseChanges changes) {
		this.run = run;
		this.changes = changes;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		GhlRecord location = new GhlRecord(this.run.client().location());
		LocationsSql locations = this.run.jdbi().onDemand(LocationsSql.class);
		Optional<LocationRow> before = locations.find(this.run.locationSourceId());
		locations.upsert(new LocationRow(this.run.locationSourceId(), location.text("companyId"), location.text("name"),
				timezone(location.text("timezone")), this.run.runAt()));
		if (!sameSettings(before, locations.find(this.run.locationSourceId()))) {
			this.changes.publish(List.of(this.run.locationId()));
		}
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	private static boolean sameSettings(Optional<LocationRow> before, Optional<LocationRow> after) {
		return before.isPresent() && after.isPresent()
				&& Objects.equals(before.get().companyId(), after.get().companyId())
				&& Objects.equals(before.get().name(), after.get().name())
				&& Objects.equals(before.get().timezone(), after.get().timezone());
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
