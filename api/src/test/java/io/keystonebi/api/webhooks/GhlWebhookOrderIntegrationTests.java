package io.keystonebi.api.webhooks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warehouse ends in the same state whatever order events arrive in. Each test applies the same events one
 * drain at a time in both orders (a drain sorts what it finds, so only separate drains reorder) and compares
 * the results with each other and with the state worked out by hand.
 */
class GhlWebhookOrderIntegrationTests extends WebhookIntegrationTestSupport {

	static final String LOCATION = "ve9EPM428h8vShlRW1KT";

	static String opportunity(String type, String timestamp, String stage, String status, String webhookId) {
		return "{\"type\":\"" + type + "\",\"timestamp\":\"" + timestamp + "\",\"webhookId\":\"" + webhookId
				+ "\",\"locationId\":\"" + LOCATION + "\",\"id\":\"opp-1\",\"name\":\"Elm Street listing\","
				+ "\"monetaryValue\":350000,\"pipelineId\":\"pipe-1\",\"pipelineStageId\":\"" + stage + "\","
				+ "\"status\":\"" + status + "\",\"dateAdded\":\"2026-03-01T09:00:00.000Z\"}";
	}

	static String contact(String type, String timestamp, String name, String webhookId) {
		return "{\"type\":\"" + type + "\",\"timestamp\":\"" + timestamp + "\",\"webhookId\":\"" + webhookId
				+ "\",\"locationId\":\"" + LOCATION + "\",\"id\":\"contact-1\",\"name\":\"" + name + "\","
				+ "\"dateAdded\":\"2026-03-01T08:00:00.000Z\"}";
	}

	@Test
	void aStageUpdateBeforeTheOlderCreateEndsLikeTheCreateBeforeTheUpdate() throws Exception {
		String create = opportunity("OpportunityCreate", "2026-03-01T09:00:00.000Z", "stage-new", "open", "w1");
		String moved = opportunity("OpportunityStageUpdate", "2026-03-02T10:00:00.000Z", "stage-viewing", "open",
				"w2");
		List<String> inOrder = applyOneByOne(create, moved);
		List<String> reversed = applyOneByOne(moved, create);

		assertThat(reversed).isEqualTo(inOrder);
		assertThat(inOrder).containsExactly(LOCATION + "/opp-1 Elm Street listing open 350000.00 pipeline=pipe-1 "
				+ "stage=stage-viewing contact=- won=- stage_changed=2026-03-02T10:00:00.000 deleted=-",
				"opp-1 stage stage-new 2026-03-01T09:00:00.000", "opp-1 stage stage-viewing 2026-03-02T10:00:00.000",
				"opp-1 status open 2026-03-01T09:00:00.000");
	}

	@Test
	void aWinAndAnOlderStageUpdateGiveTheSameWonDateInEitherOrder() throws Exception {
		String moved = opportunity("OpportunityStageUpdate", "2026-03-02T10:00:00.000Z", "stage-offer", "open", "w1");
		String won = opportunity("OpportunityStatusUpdate", "2026-03-05T16:30:00.000Z", "stage-offer", "won", "w2");
		List<String> inOrder = applyOneByOne(moved, won);

		assertThat(applyOneByOne(won, moved)).isEqualTo(inOrder);
		assertThat(inOrder.get(0)).contains(" won 350000.00 ", "won=2026-03-05T16:30:00.000",
				"stage_changed=2026-03-02T10:00:00.000");
	}

	@Test
	void anUpdateAndAnOlderDeleteLeaveTheContactLiveInEitherOrder() throws Exception {
		String deleted = contact("ContactDelete", "2026-03-03T12:00:00.000Z", "Ann Old", "w1");
		String updated = contact("ContactUpdate", "2026-03-04T12:00:00.000Z", "Ann New", "w2");
		List<String> updateFirst = applyOneByOne(updated, deleted);

		assertThat(applyOneByOne(deleted, updated)).isEqualTo(updateFirst);
		assertThat(updateFirst).containsExactly(LOCATION + "/contact-1 Ann New - - - - {} dnd=false "
				+ "created=2026-03-01T08:00:00.000 updated=2026-03-04T12:00:00.000 deleted=-");
	}

	@Test
	void aDeleteAndAnOlderUpdateLeaveTheContactDeletedInEitherOrder() throws Exception {
		String updated = contact("ContactUpdate", "2026-03-03T12:00:00.000Z", "Ann Old", "w1");
		String deleted = contact("ContactDelete", "2026-03-04T12:00:00.000Z", "Ann Gone", "w2");
		List<String> deleteFirst = applyOneByOne(deleted, updated);

		assertThat(applyOneByOne(updated, deleted)).isEqualTo(deleteFirst);
		assertThat(deleteFirst).containsExactly(LOCATION + "/contact-1 Ann Gone - - - - {} dnd=false "
				+ "created=2026-03-01T08:00:00.000 updated=2026-03-04T12:00:00.000 deleted=2026-03-04T12:00:00.000");
	}

	@Test
	void aDeleteAndAnUpdateAtTheSameTimeLeaveTheContactDeletedInEitherOrder() throws Exception {
		String updated = contact("ContactUpdate", "2026-03-04T12:00:00.000Z", "Ann", "w1");
		String deleted = contact("ContactDelete", "2026-03-04T12:00:00.000Z", "Ann", "w2");

		assertThat(applyOneByOne(updated, deleted)).isEqualTo(applyOneByOne(deleted, updated))
			.allMatch((line) -> line.endsWith("deleted=2026-03-04T12:00:00.000"));
	}

	/** Starts from an empty warehouse, applies each delivery in its own drain, and returns the resulting rows. */
	private List<String> applyOneByOne(String... deliveries) throws Exception {
		emptyInboxAndWarehouse();
		for (String delivery : deliveries) {
			assertThat(this.sender.send(delivery).statusCode()).isEqualTo(200);
			drain();
		}
		List<String> state = new ArrayList<>(lines("contacts"));
		state.addAll(lines("opportunities"));
		state.addAll(lines("history"));
		return state;
	}

}
