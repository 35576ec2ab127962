package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.etl.ghl.mapping.GhlRows;
import io.keystonebi.sql.ghl.warehouse.NotesSql;

/** Note events. */
final class NoteEvents implements EventHandler {

	private final NotesSql notes;

	NoteEvents(Jdbi jdbi) {
		this.notes = jdbi.onDemand(NotesSql.class);
	}

	@Override
	public Set<String> types() {
		return Set.of("NoteCreate", "NoteUpdate", "NoteDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord n = event.body();
		this.notes.upsert(GhlRows.note(event.location(), n, event.at(), event.deletedAtIf("NoteDelete")));
	}

}
