package io.keystonebi.api.webhooks;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the endpoint stores, refuses and answers, and how the drain treats duplicates, unknown and bad events. */
class GhlWebhookEndpointIntegrationTests extends WebhookIntegrationTestSupport {

	static final String CONTACT = WebhookSender.sample("envelope-ContactCreate");

	@Test
	void theLegacyRsaSignatureIsAcceptedWhenNoEd25519SignatureIsSent() throws Exception {
		HttpResponse<String> response = this.sender.sendLegacy(CONTACT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"webhook_id\":\"3f1c2b9e-7a4d-4e2b-9c1a-5d6e7f8a9b0c\","
				+ "\"event_type\":\"ContactCreate\",\"duplicate\":false}");
		assertThat(lines("inbox")).containsExactly("ContactCreate - attempts=0 error=-");
	}

	@Test
	void aBadSignatureIsRefusedWith401AndNothingIsStored() {
		String tampered = CONTACT.replace("Jane", "Joan");
		HttpResponse<String> response = this.sender.post(tampered.getBytes(StandardCharsets.UTF_8), "X-GHL-Signature",
				WebhookSender.sign(CONTACT, "Ed25519", WebhookSender.ED25519.getPrivate()));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"Webhook signature not valid\"",
				"X-GHL-Signature does not verify with any configured Ed25519 key");
		assertThat(lines("inbox")).isEmpty();
	}

	@Test
	void aBadEd25519SignatureIsNotRescuedByAValidLegacySignature() {
		HttpResponse<String> response = this.sender.post(CONTACT.getBytes(StandardCharsets.UTF_8), "X-GHL-Signature",
				"AAAA", "X-WH-Signature", WebhookSender.sign(CONTACT, "SHA256withRSA", WebhookSender.RSA.getPrivate()));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(lines("inbox")).isEmpty();
	}

	@Test
	void anUnsignedDeliveryIsRefusedWith401() {
		HttpResponse<String> response = this.sender.post(CONTACT.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("neither an X-GHL-Signature nor an X-WH-Signature header");
		assertThat(lines("inbox")).isEmpty();
	}

	@Test
	void aDeliveryOverTheSizeLimitIsRefusedWith413() {
		String large = CONTACT.replace("\"Website Form\"", "\"" + "x".repeat(70 * 1024) + "\"");
		HttpResponse<String> response = this.sender.send(large);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("at most 65536 are accepted");
		assertThat(lines("inbox")).isEmpty();
	}

	@Test
	void aSignedDeliveryThatIsNotJsonIsRefusedWith400() {
		HttpResponse<String> response = this.sender.send("{\"type\": \"ContactCreate\", ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"title\":\"Webhook body not valid\"", "Body is not valid JSON");
		assertThat(this.sender.send("[1, 2]").statusCode()).isEqualTo(400);
		assertThat(lines("inbox")).isEmpty();
	}

	@Test
	void aDuplicateDeliveryIsAnswered200TwiceStoredOnceAndAppliedOnce() throws Exception {
		assertThat(this.sender.send(CONTACT).body()).contains("\"duplicate\":false");
		HttpResponse<String> again = this.sender.send(CONTACT);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"duplicate\":true");
		drain();
		drain();
		assertThat(lines("inbox")).containsExactly("ContactCreate applied attempts=1 error=-");
		assertThat(lines("contacts")).hasSize(1);
	}

	@Test
	void anUnknownEventTypeIsKeptAndIgnored() throws Exception {
		String invoice = "{\"type\":\"InvoicePaid\",\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"id\":\"inv-1\"}";
		assertThat(this.sender.send(invoice).statusCode()).isEqualTo(200);
		drain();
		assertThat(lines("inbox")).containsExactly("InvoicePaid ignored attempts=1 error=-");
		assertThat(lines("locations")).isEmpty();
	}

	@Test
	void aPoisonEventRecordsItsErrorWhileTheOthersApply() throws Exception {
		String poison = WebhookSender.sample("OpportunityCreate").replace("\"open\"", "\"pending\"");
		String badZone = "{\"type\":\"LocationUpdate\",\"id\":\"ve9EPM428h8vShlRW1KT\",\"name\":\"Acme\","
				+ "\"timezone\":\"Mars/Olympus\"}";
		for (String body : new String[] { poison, CONTACT, badZone, WebhookSender.sample("NoteCreate") }) {
			assertThat(this.sender.send(body).statusCode()).isEqualTo(200);
		}
		drain();
		assertThat(lines("inbox")).containsExactly("ContactCreate applied attempts=1 error=-",
				"LocationUpdate - attempts=1 error=timezone is not a time zone: 'Mars/Olympus'",
				"NoteCreate applied attempts=1 error=-",
				"OpportunityCreate - attempts=1 error=OpportunityCreate event has status 'pending', not one of open, "
						+ "won, lost, abandoned");
		assertThat(lines("contacts")).hasSize(1);
		assertThat(lines("notes")).hasSize(1);
		assertThat(lines("opportunities")).isEmpty();
		// The failed events wait for the retry delay rather than failing again in the next run.
		drain();
		assertThat(lines("inbox")).filteredOn((line) -> line.contains("attempts=2")).isEmpty();
	}

}
