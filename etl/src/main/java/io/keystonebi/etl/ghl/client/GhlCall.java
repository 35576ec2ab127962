package io.keystonebi.etl.ghl.client;

import tools.jackson.databind.JsonNode;

/** Sends a request on behalf of one location (its token, its rate budget). */
interface GhlCall {

	JsonNode send(GhlRequest request);

}
