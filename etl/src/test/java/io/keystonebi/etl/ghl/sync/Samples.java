package io.keystonebi.etl.ghl.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documented GHL sample payloads, read as the tests' expected values. */
final class Samples {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Samples() {
	}

	static JsonNode read(String name) {
		try (InputStream in = Samples.class.getResourceAsStream("/io/keystonebi/etl/ghl/samples/" + name)) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the first record of the sample's array field */
	static JsonNode first(String name, String field) {
		return read(name).path(field).get(0);
	}

}
