package io.keystonebi.api.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A message the catcher kept, read from its MIME parts.
 *
 * @param number its number in the outbox
 * @param subject its subject
 * @param from its sender
 * @param to its recipients
 * @param sentAt its {@code Date} header, or null
 * @param messageId its {@code Message-ID}
 * @param text its plain text part, or null
 * @param html its HTML part, or null
 * @param attachments its attachments, in order
 */
public record CaughtMail(int number, String subject, String from, List<String> to, Instant sentAt, String messageId,
		String text, String html, List<Attachment> attachments) {

	/**
	 * One attached file.
	 *
	 * @param name its file name
	 * @param contentType its media type, without parameters
	 * @param content its bytes
	 */
	public record Attachment(String name, String contentType, byte[] content) {

		/** @return its size in bytes */
		public int size() {
			return this.content.length;
		}

	}

	static CaughtMail of(int number, MimeMessage message) {
		try {
			Parts parts = new Parts();
			parts.read(message);
			return new CaughtMail(number, message.getSubject(), String.join(", ",
					MailCatcher.addresses(message.getFrom())), MailCatcher.addresses(message.getAllRecipients()),
					(message.getSentDate() != null) ? message.getSentDate().toInstant() : null, message.getMessageID(),
					parts.text, parts.html, List.copyOf(parts.attachments));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Message " + number + " in the outbox cannot be read: " + ex.getMessage(),
					ex);
		}
	}

	// The first text and HTML bodies outside attachments are the message; every part with a file name is attached.
	private static final class Parts {

		private String text;

		private String html;

		private final List<Attachment> attachments = new ArrayList<>();

		void read(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					read(child);
				}
				return;
			}
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
				try (InputStream in = part.getInputStream()) {
					this.attachments.add(new Attachment(part.getFileName(),
							part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT),
							in.readAllBytes()));
				}
			}
			else if (part.isMimeType("text/plain") && this.text == null) {
				this.text = part.getContent().toString();
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = part.getContent().toString();
			}
		}

	}

}
