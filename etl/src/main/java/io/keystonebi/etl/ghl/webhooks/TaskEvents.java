package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.TaskRow;
import io.keystonebi.sql.ghl.warehouse.TasksSql;

/** Task events. GHL has no task update event and no completion time; TaskComplete's own time is taken. */
final class TaskEvents implements EventHandler {

	private final Jdbi jdbi;

	TaskEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("TaskCreate", "TaskComplete", "TaskDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord t = event.body();
		boolean completed = "TaskComplete".equals(event.type()) || t.bool("completed");
		this.jdbi.onDemand(TasksSql.class)
			.upsert(new TaskRow(event.location(), event.required(t, "id"), t.text("contactId"), t.text("assignedTo"),
					t.text("title"), t.text("body"), t.time("dueDate"), completed,
					"TaskComplete".equals(event.type()) ? event.at() : null, t.time("dateAdded"), event.at(),
					event.deletedAtIf("TaskDelete")));
	}

}
