package io.keystonebi.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample delivery from GHL's documentation, signed and posted to the endpoint, drained, and checked
 * against values read off the sample files by hand. Where samples describe the same object the newest
 * version wins: the envelope sample (2026-05-04) over the other contact samples (2021), the won status update
 * over the older opportunity samples.
 */
class GhlWebhookSamplesIntegrationTests extends WebhookIntegrationTestSupport {

	static final List<String> SAMPLES = List.of("AppInstall-location", "AppointmentCreate", "ContactCreate",
			"ContactDelete", "ContactUpdate", "InboundMessage-email", "InboundMessage-sms", "NoteCreate",
			"OpportunityCreate", "OpportunityStageUpdate", "OpportunityStatusUpdate-won", "OpportunityStatusUpdate",
			"OutboundMessage-call", "TaskComplete", "TaskCreate", "UserCreate-subaccount", "envelope-ContactCreate");

	@Test
	void everySampleIsStoredAndAppliedAndTheNewestVersionOfEachObjectWins() throws Exception {
		for (String sample : SAMPLES) {
			assertThat(this.sender.send(WebhookSender.sample(sample)).statusCode()).as(sample).isEqualTo(200);
		}
		drain();

		assertThat(lines("inbox")).hasSize(17)
			.contains("INSTALL ignored attempts=1 error=-")
			.filteredOn((line) -> !line.startsWith("INSTALL"))
			.allMatch((line) -> line.endsWith(" applied attempts=1 error=-"));
		assertThat(lines("locations")).containsExactly("0007BWpSzSwfiuSl0tR2 0007BWpSzSwfiuSl0tR2 UTC",
				"0d48aEf7q67DAu134bpy 0d48aEf7q67DAu134bpy UTC", "kF4NJ5gzRyQF2gKFD34G kF4NJ5gzRyQF2gKFD34G UTC",
				"l1C08ntBrFjLS0elLIYU l1C08ntBrFjLS0elLIYU UTC", "ve9EPM428h8vShlRW1KT ve9EPM428h8vShlRW1KT UTC");
		assertThat(lines("contacts")).containsExactly("ve9EPM428h8vShlRW1KT/nmFmQEsNgz6AVpgLVUJ0 Jane Doe "
				+ "jane.doe@example.com +15555550123 Acme Dental LLC Website Form {new-lead} dnd=false "
				+ "created=2026-05-04T14:22:31.120 updated=2026-05-04T14:22:31.500 deleted=-");
		assertThat(lines("users")).containsExactly("ve9EPM428h8vShlRW1KT/ve9EPM428h8vShlRW1KT John Doe "
				+ "john.doe+2@example.com +13235559998 user deleted=false");
	}

	@Test
	void opportunitySamplesBuildTheDealItsPlaceholderPipelineAndItsHistory() throws Exception {
		for (String sample : List.of("envelope-ContactCreate", "OpportunityCreate", "OpportunityStageUpdate",
				"OpportunityStatusUpdate", "OpportunityStatusUpdate-won")) {
			assertThat(this.sender.send(WebhookSender.sample(sample)).statusCode()).isEqualTo(200);
		}
		drain();

		assertThat(lines("opportunities")).containsExactly("ve9EPM428h8vShlRW1KT/wWhVuzqpRuOA1ZVWi4FC "
				+ "Jane Doe - Invisalign won 4800.00 pipeline=VDm7RPYC2GLUvdpKmBfC "
				+ "stage=c2b6f0a4-3e1d-4f7a-8b9c-0d1e2f3a4b5c contact=nmFmQEsNgz6AVpgLVUJ0 "
				+ "won=2026-05-04T14:25:00.000 stage_changed=- deleted=-");
		assertThat(lines("pipelines")).containsExactly(
				"VDm7RPYC2GLUvdpKmBfC VDm7RPYC2GLUvdpKmBfC / c2b6f0a4-3e1d-4f7a-8b9c-0d1e2f3a4b5c "
						+ "c2b6f0a4-3e1d-4f7a-8b9c-0d1e2f3a4b5c 0",
				"VDm7RPYC2GLUvdpKmBfC VDm7RPYC2GLUvdpKmBfC / e93ba61a-53b3-45e7-985a-c7732dbcdb69 "
						+ "e93ba61a-53b3-45e7-985a-c7732dbcdb69 0");
		assertThat(lines("history")).containsExactly(
				"wWhVuzqpRuOA1ZVWi4FC stage e93ba61a-53b3-45e7-985a-c7732dbcdb69 2021-11-26T12:41:02.193",
				"wWhVuzqpRuOA1ZVWi4FC status open 2021-11-26T12:41:02.193",
				"wWhVuzqpRuOA1ZVWi4FC status won 2026-05-04T14:25:00.000");
		// The new lead and the won deal count on 4 May 2026 (UTC: the location's time zone is not known yet).
		assertThat(lines("rollups")).contains("dirty 0",
				"ve9EPM428h8vShlRW1KT 2026-05-04 leads=1 created=1 won=1 revenue=4800.00");
	}

	@Test
	void messageSamplesBecomeMessagesInTheirConversations() throws Exception {
		String sms = WebhookSender.sample("InboundMessage-sms");
		String email = WebhookSender.sample("InboundMessage-email");
		for (String body : List.of(sms, email, WebhookSender.sample("OutboundMessage-call"))) {
			assertThat(this.sender.send(body).statusCode()).isEqualTo(200);
		}
		drain();

		assertThat(lines("messages")).containsExactly(
				"0d48aEf7q67DAu134bpy tyW42xCD0HQpb3hhfLcx conversation=SGDqZrzmwTr19d10aHkt9F call CALL "
						+ "outbound completed duration=120 body=- from=- to=- subject=- thread=- email_id=- "
						+ "at=2024-05-08T11:57:42.250",
				"kF4NJ5gzRyQF2gKFD34G " + keyedByDelivery(email) + " conversation=yCdNo6pwyTLYKgg6V2gj email "
						+ "Email inbound - duration=- "
						+ "body=<div style=\"font-family: verdana, geneva; font-size: 11pt;\">"
						+ "Testing Email Notification</div> from=Internal Notify <sample@email.service> "
						+ "to={recipient@example.com} subject=Order Confirmed thread=sddfDSF3G56GHG "
						+ "email_id=sddfDSF3G56GHG at=2024-01-12T12:59:04.045",
				"l1C08ntBrFjLS0elLIYU " + keyedByDelivery(sms) + " conversation=fcanlLgpbQgQhderivVs sms SMS inbound delivered "
						+ "duration=- body=This is a test message from=- to=- subject=- thread=- email_id=- "
						+ "at=2021-04-21T11:31:45.750");
		assertThat(lines("conversations")).containsExactly(
				"0d48aEf7q67DAu134bpy/SGDqZrzmwTr19d10aHkt9F last=2024-05-08T11:57:42.250",
				"kF4NJ5gzRyQF2gKFD34G/yCdNo6pwyTLYKgg6V2gj last=2024-01-12T12:59:04.045",
				"l1C08ntBrFjLS0elLIYU/fcanlLgpbQgQhderivVs last=2021-04-21T11:31:45.750");
	}

	// Neither sample has a messageId or webhookId: the message is keyed by a digest of the delivered bytes.
	private static String keyedByDelivery(String body) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
		return "webhook:sha256:" + HexFormat.of().formatHex(digest);
	}

	@Test
	void appointmentTaskAndNoteSamplesAreApplied() throws Exception {
		for (String sample : List.of("AppointmentCreate", "TaskCreate", "TaskComplete", "NoteCreate")) {
			assertThat(this.sender.send(WebhookSender.sample(sample)).statusCode()).isEqualTo(200);
		}
		drain();

		// 16:00 at +05:30 is 10:30 UTC.
		assertThat(lines("appointments")).containsExactly("0007BWpSzSwfiuSl0tR2/0007BWpSzSwfiuSl0tR2 "
				+ "BqTwX8QFwXzpegMve9EQ Appointment with GHL Dev team confirmed start=2023-09-25T10:30:00 deleted=false");
		assertThat(lines("tasks")).containsExactly(
				"5HrB1IbmnKMBXloldFuP test testing completed=true completed_at=2021-11-29T13:37:28.304 "
						+ "due=2021-12-22T06:55:00.000",
				"UlRWGLSXh0ji5qbiGu4i Loram ipsum Loram ipsum completed=false completed_at=- "
						+ "due=2021-11-26T12:41:02.193");
		assertThat(lines("notes"))
			.containsExactly("otg8dTQqGLh3Q6iQI55w Loram ipsum created=2021-11-26T12:41:02.193 deleted=false");
	}

}
