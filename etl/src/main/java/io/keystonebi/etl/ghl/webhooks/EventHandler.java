package io.keystonebi.etl.ghl.webhooks;

import java.util.Set;

/** Applies the events of one GHL object type to the warehouse. */
interface EventHandler {

	/** @return the event types handled */
	Set<String> types();

	void apply(WebhookEvent event);

}
