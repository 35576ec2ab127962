package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.SearchAfterPlacement;
import io.keystonebi.etl.ghl.stub.StubControls;

import static org.assertj.core.api.Assertions.assertThat;

class GhlPagingTests {

	static Jdbi jdbi = ClientFixture.migratedDatabase();

	GhlStub stub;

	GhlLocationClient client;

	@BeforeEach
	void start() {
		this.stub = GhlStub.start();
		ClientFixture fixture = ClientFixture.of(jdbi, this.stub, 100, Duration.ofSeconds(10), 3);
		fixture.connections.connectPrivateIntegration("loc-p", "co-1",
				this.stub.controls().privateIntegrationToken("loc-p", "co-1"));
		this.client = fixture.clients.forLocation("loc-p");
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@ParameterizedTest
	@EnumSource(SearchAfterPlacement.class)
	void contactsBeyondTheTenThousandRecordCapArriveExactlyOnceWhereverTheCursorSits(SearchAfterPlacement placement) {
		this.stub.controls().generateContacts(10_250);
		this.stub.controls().searchAfterPlacement(placement);

		List<String> ids = this.client.searches().contacts(null, null, 500).items().map(this::id).toList();

		assertThat(ids).hasSize(10_250).doesNotHaveDuplicates().containsExactlyElementsOf(ids("c", 0, 10_250));
		// 20 full pages and one of 250
		assertThat(this.stub.calls()).hasSize(21);
	}

	@Test
	void incrementalContactsAreThoseUpdatedWithinTheRange() {
		this.stub.controls().generateContacts(1_000);

		List<String> ids = this.client.searches()
			.contacts(StubControls.updatedAt(100), StubControls.updatedAt(349), 100)
			.items()
			.map(this::id)
			.toList();

		assertThat(ids).containsExactlyElementsOf(ids("c", 100, 250));
		JsonNode filter = this.stub.calls().get(0).body().path("filters").path(0);
		assertThat(filter.path("field").asString()).isEqualTo("dateUpdated");
		assertThat(filter.path("value").path("gte").asString()).isEqualTo("2026-01-01T00:01:40Z");
	}

	@Test
	void aStoppedSearchResumesFromItsSavedCursor() {
		this.stub.controls().generateOpportunities(1_200);
		GhlPages pages = this.client.searches().opportunities(null, null, 500);
		String saved = pages.page(null).nextCursor();

		List<String> rest = pages.resumeFrom(saved).items().map(this::id).toList();

		assertThat(rest).containsExactlyElementsOf(ids("o", 500, 700));
		assertThat(this.stub.calls().get(1).body().path("limit").asInt()).isEqualTo(500);
		assertThat(this.stub.calls().get(1).body().has("page")).isFalse();
	}

	@Test
	void incrementalOpportunitiesFilterOnDateUpdated() {
		this.stub.controls().generateOpportunities(300);

		List<String> ids = this.client.searches()
			.opportunities(StubControls.updatedAt(250), null, 20)
			.items()
			.map(this::id)
			.toList();

		assertThat(ids).containsExactlyElementsOf(ids("o", 250, 50));
	}

	@Test
	void opportunitiesByQueryPageWithStartAfterAndStartAfterId() {
		this.stub.controls().generateOpportunities(250);

		List<String> ids = this.client.searches().opportunitiesByQuery(java.util.Map.of("status", "open"), 100)
			.items()
			.map(this::id)
			.toList();

		assertThat(ids).containsExactlyElementsOf(ids("o", 0, 250));
		assertThat(this.stub.calls().get(1).query()).containsEntry("startAfterId", "o000099")
			.containsEntry("startAfter", Long.toString(StubControls.updatedAt(99).toEpochMilli()));
	}

	@Test
	void conversationsPageByTheLastRecordsMessageDate() {
		this.stub.controls().generateConversations(45);

		assertThat(this.client.searches().conversations(20).items().map(this::id))
			.containsExactlyElementsOf(ids("v", 0, 45));
		List<String> since = this.client.searches()
			.conversations(20)
			.resumeFrom(Long.toString(StubControls.updatedAt(39).toEpochMilli()))
			.items()
			.map(this::id)
			.toList();
		assertThat(since).containsExactlyElementsOf(ids("v", 40, 5));
	}

	@Test
	void conversationMessagesFollowLastMessageIdWhileNextPageIsTrue() {
		this.stub.controls().generateConversationMessages("conv-1", 55);

		List<String> ids = this.client.searches().conversationMessages("conv-1", 20).items().map(this::id).toList();

		List<String> newestFirst = IntStream.iterate(54, i -> i >= 0, i -> i - 1)
			.mapToObj(i -> String.format("m%06d", i))
			.toList();
		assertThat(ids).containsExactlyElementsOf(newestFirst);
		assertThat(this.stub.calls()).hasSize(3);
	}

	@Test
	void exportedMessagesFollowTheCursorAndEmailComesOnlyWithItsOwnChannel() {
		this.stub.controls().generateExportMessages(100);

		List<String> others = this.client.searches().exportMessages(null, null, 25).items().map(this::id).toList();
		List<String> email = this.client.searches().exportMessages("Email", null, 25).items().map(this::id).toList();

		// i % 3 == 0 are e-mails: 0, 3, ..., 99 -> 34 of them
		assertThat(email).hasSize(34).containsExactlyElementsOf(
				IntStream.range(0, 100).filter(i -> i % 3 == 0).mapToObj(i -> String.format("x%06d", i)).toList());
		assertThat(others).hasSize(66).doesNotContainAnyElementsOf(email);
	}

	@Test
	void usersAndTasksPageBySkipAndLimit() {
		this.stub.controls().generateUsers(60);
		this.stub.controls().generateTasks(30);

		assertThat(this.client.users("co-1", 25).items().map(this::id)).containsExactlyElementsOf(ids("u", 0, 60));
		assertThat(this.client.tasks(null, 25).items().map(this::id)).containsExactlyElementsOf(ids("t", 0, 30));
		assertThat(this.stub.calls()).extracting(call -> call.query().get("skip")).startsWith("0", "25", "50");
	}

	private String id(JsonNode record) {
		return record.path("id").asString();
	}

	private static List<String> ids(String prefix, int from, int count) {
		return IntStream.range(from, from + count).mapToObj(i -> String.format("%s%06d", prefix, i)).toList();
	}

}
