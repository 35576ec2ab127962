package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;
import java.util.List;

import io.keystonebi.sql.pii.Plaintext;
import io.keystonebi.sql.pii.SearchTerm;

/**
 * A message, call or e-mail of a conversation. Create the conversation first
 * ({@link ConversationsSql#ensureForMessage}) or the message is stored without it. The body, sender, recipients
 * and subject are written encrypted; the body's digest lets a webhook delivery and the API's record of the same
 * message be matched without decrypting ({@link MessagesSql}).
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL message id, or for a webhook delivery without one its {@link #provisionalId provisional id}
 * @param conversationSourceId GHL conversation id, or null
 * @param contactSourceId GHL contact id, or null
 * @param userSourceId GHL id of the user who sent it, or null
 * @param channel the channel in one spelling for API and webhooks ({@code sms}, {@code email}, {@code call}, ...)
 * @param messageType the type exactly as GHL sent it
 * @param direction {@code inbound}, {@code outbound}, or null
 * @param status delivery status, or null
 * @param origin what sent it ({@code workflow}, {@code app}, ...), or null
 * @param body text, or null
 * @param callDurationSeconds call length, or null
 * @param emailFrom e-mail sender, or null
 * @param emailTo e-mail recipients (never null; empty for other channels)
 * @param emailCc e-mail copy recipients (never null)
 * @param emailBcc e-mail blind-copy recipients (never null)
 * @param emailSubject e-mail subject, or null
 * @param emailThreadId e-mail thread id, or null
 * @param emailMessageId the e-mail's own message id, or null
 * @param createdAt when it was sent or received (never null)
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when it disappeared from GHL, or null
 */
public record MessageRow(long locationId, String sourceId, String conversationSourceId, String contactSourceId,
		String userSourceId, String channel, String messageType, String direction, String status, String origin,
		String body, Integer callDurationSeconds, String emailFrom, List<String> emailTo, List<String> emailCc,
		List<String> emailBcc, String emailSubject, String emailThreadId, String emailMessageId,
		OffsetDateTime createdAt, OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {

	/** How the {@code source_id} of a message known only from a webhook delivery begins. */
	public static final String PROVISIONAL_PREFIX = "webhook:";

	/**
	 * @param webhookId the delivery's webhook id
	 * @return the {@code source_id} of a message a webhook delivered without its GHL id, until a row with the
	 * GHL id takes it over (see {@link MessagesSql#upsert})
	 */
	public static String provisionalId(String webhookId) {
		return PROVISIONAL_PREFIX + webhookId;
	}

	/** @return whether the row is keyed by its webhook delivery rather than by its GHL id */
	public boolean provisional() {
		return this.sourceId.startsWith(PROVISIONAL_PREFIX);
	}

	/** @return the same message under another {@code source_id} */
	public MessageRow withSourceId(String sourceId) {
		return new MessageRow(this.locationId, sourceId, this.conversationSourceId, this.contactSourceId,
				this.userSourceId, this.channel, this.messageType, this.direction, this.status, this.origin, this.body,
				this.callDurationSeconds, this.emailFrom, this.emailTo, this.emailCc, this.emailBcc, this.emailSubject,
				this.emailThreadId, this.emailMessageId, this.createdAt, this.sourceUpdatedAt, this.deletedAt);
	}

	/** @return the body, bound encrypted */
	public Plaintext encryptedBody() {
		return Plaintext.of(this.body);
	}

	/** @return the body's keyed digest, bound in place of the body where messages are compared */
	public SearchTerm bodyDigest() {
		return SearchTerm.body(this.body);
	}

	/** @return the sender, bound encrypted */
	public Plaintext encryptedEmailFrom() {
		return Plaintext.of(this.emailFrom);
	}

	/** @return the recipients, bound encrypted as one value; null when there are none */
	public Plaintext encryptedEmailTo() {
		return Plaintext.ofList(this.emailTo);
	}

	/** @return the copy recipients, bound encrypted as one value; null when there are none */
	public Plaintext encryptedEmailCc() {
		return Plaintext.ofList(this.emailCc);
	}

	/** @return the blind-copy recipients, bound encrypted as one value; null when there are none */
	public Plaintext encryptedEmailBcc() {
		return Plaintext.ofList(this.emailBcc);
	}

	/** @return the subject, bound encrypted */
	public Plaintext encryptedEmailSubject() {
		return Plaintext.of(this.emailSubject);
	}

}
