package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.ghl.client.GhlPage;
import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;

/**
 * Writes pages of one entity in the chunk's transaction, and with them what the run learns: the ids a full
 * run saw and the newest update time read. Once the step completed (and only then) the high-water mark moves
 * and a full run marks deleted what it did not see. A chunk or delete that changed warehouse rows reports the
 * location changed; re-reading records the warehouse already holds (an incremental run's overlap) does not.
 */
final class PageWriter implements ItemWriter<GhlPage>, StepExecutionListener {

	private static final String NEWEST = "ghl.newest";

	private final EntitySync entity;

	private final SyncRun run;

	private final WarehouseChanges changes;

	private StepExecution step;

	PageWriter(EntitySync entity, SyncRun run, WarehouseChanges changes) {
		this.entity = entity;
		this.run = run;
		this.changes = changes;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step = stepExecution;
	}

	@Override
	public void write(Chunk<? extends GhlPage> pages) {
		GhlSyncSql sync = this.run.jdbi().onDemand(GhlSyncSql.class);
		long runId = this.step.getJobExecution().getJobInstance().getInstanceId();
		WarehouseChanges.Mark before = this.changes.mark();
		OffsetDateTime newest = newest();
		for (GhlPage page : pages) {
			for (JsonNode item : page.items()) {
				GhlRecord record = new GhlRecord(item);
				OffsetDateTime updated = this.entity.write(this.run, record);
				if (updated != null && (newest == null || updated.isAfter(newest))) {
					newest = updated;
				}
				if (this.run.full() && this.entity.table() != null) {
					this.entity.seen(record, (entity, sourceId) -> sync.seen(runId, entity, sourceId));
				}
			}
		}
		if (newest != null) {
			// Saved with the chunk, so a restarted step still knows the newest time read before the failure.
			this.step.getExecutionContext().putString(NEWEST, newest.toString());
		}
		this.changes.publishIfWritten(before, List.of(this.run.locationId()));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
			return null;
		}
		GhlSyncSql sync = this.run.jdbi().onDemand(GhlSyncSql.class);
		OffsetDateTime newest = newest();
		if (this.entity.incremental() && newest != null) {
			sync.advanceHighWaterMark(this.run.locationSourceId(), this.entity.name(), newest);
		}
		if (this.run.full() && this.entity.table() != null) {
			sync.analyzeSeen();
			int deleted = this.entity.deleteUnseen(this.run,
					stepExecution.getJobExecution().getJobInstance().getInstanceId());
			stepExecution.getExecutionContext().putInt("ghl.deleted", deleted);
			if (deleted > 0) {
				this.changes.publish(List.of(this.run.locationId()));
			}
		}
		return null;
	}

	private OffsetDateTime newest() {
		String saved = this.step.getExecutionContext().containsKey(NEWEST)
				? this.step.getExecutionContext().getString(NEWEST) : null;
		return (saved != null) ? OffsetDateTime.parse(saved) : null;
	}

}
