package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.mapping.GhlRecord;
import io.keystonebi.sql.ghl.warehouse.NoteRow;
import io.keystonebi.sql.ghl.warehouse.NotesSql;

/** Note events. */
final class NoteEvents implements EventHandler {

	private final Jdbi jdbi;

	NoteEvents(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public Set<String> types() {
		return Set.of("NoteCreate", "NoteUpdate", "NoteDelete");
	}

	@Override
	public void apply(WebhookEvent event) {
		GhlRecord n = event.body();
		this.jdbi.onDemand(NotesSql.class)
			.upsert(new NoteRow(event.location(), event.required(n, "id"), n.text("contactId"), n.text("userId"),
					n.text("body"), n.time("dateAdded"), event.at(), event.deletedAtIf("NoteDelete")));
	}

}
