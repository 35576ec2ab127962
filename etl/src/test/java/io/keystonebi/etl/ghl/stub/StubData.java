package io.keystonebi.etl.ghl.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records the stub serves: the documented samples to begin with, replaced by generated ones for paging
 * tests. Generated records carry increasing update times one second apart from {@link #BASE}, so a test can
 * compute which ones fall into a range.
 */
final class StubData {

	/** Update time of generated record 0; record i is {@code BASE + i} seconds. */
	static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

	private static final String SAMPLES = "/io/keystonebi/etl/ghl/samples/";

	private final JsonMapper json;

	volatile List<ObjectNode> contacts;

	volatile List<ObjectNode> opportunities;

	volatile List<ObjectNode> conversations;

	volatile List<ObjectNode> exportMessages;

	volatile List<ObjectNode> users;

	volatile List<ObjectNode> tasks;

	volatile List<ObjectNode> pipelines;

	volatile List<ObjectNode> events;

	volatile List<String> approvedLocations = List.of();

	/** Generated notes per contact; 0 serves the sample's note for every contact. */
	volatile int notesPerContact;

	volatile SearchAfterPlacement placement = SearchAfterPlacement.RECORD;

	final Map<String, List<ObjectNode>> conversationMessages = new ConcurrentHashMap<>();

	StubData(JsonMapper json) {
		this.json = json;
		this.contacts = items(sample("api-contacts-search-response.json"), "contacts");
		this.opportunities = items(sample("api-opportunities-search-post-response.json"), "opportunities");
		this.conversations = items(sample("api-conversations-search.json"), "conversations");
		this.exportMessages = items(sample("api-messages-export.json"), "messages");
		this.users = items(sample("api-users-search.json"), "users");
		this.tasks = items(sample("api-location-tasks-search.json"), "tasks");
		this.pipelines = items(sample("api-pipelines-get.json"), "pipelines");
		this.events = items(sample("api-calendar-events-get.json"), "events");
		JsonNode messages = sample("api-conversation-messages-get.json").path("messages");
		this.conversationMessages.put("fcanlLgpbQgQhderivVs", items(messages, "messages"));
	}

	/** @return a sample file as shipped in the test resources */
	JsonNode sample(String name) {
		try (InputStream in = StubData.class.getResourceAsStream(SAMPLES + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No GHL sample " + name);
			}
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<ObjectNode> generate(int count, String idPrefix, Generator generator) {
		List<ObjectNode> records = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ObjectNode record = this.json.createObjectNode().put("id", String.format("%s%06d", idPrefix, i));
			generator.fill(record, i, BASE.plusSeconds(i));
			records.add(record);
		}
		return List.copyOf(records);
	}

	/** Sets the fields of generated record {@code i}, updated at {@code updated}. */
	interface Generator {

		void fill(ObjectNode record, int i, Instant updated);

	}

	private List<ObjectNode> items(JsonNode body, String field) {
		List<ObjectNode> records = new ArrayList<>();
		body.path(field).forEach(node -> records.add((ObjectNode) node));
		return List.copyOf(records);
	}

}
