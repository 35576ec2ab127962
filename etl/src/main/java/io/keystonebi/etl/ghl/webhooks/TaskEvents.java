package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.TasksSql;

/** Task events. GHL has no task update event and no completion time; TaskComplete's own time is taken. */
final class TaskEvents implements EventHandler {

	private final TasksSql tasks;

	TaskEvents(Jdbi jdbi) {
		this.tasks = jdbi.onDemand(TasksSql.class);
	}

	@Override
	public Set<String> types() {
		return Set.of("TaskCreate", "TaskComplete", "TaskDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord t = event.body();
		boolean completed = "TaskComplete".equals(event.type()) || t.bool("completed");
		this.tasks.upsert(GhlRows.task(event.location(), t, completed,
				"TaskComplete".equals(event.type()) ? event.at() : null, event.at(), event.deletedAtIf("TaskDelete")));
	}

}
