package io.keystonebi.reports.delivery;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;

/**
 * One report e-mail: to one address only, an HTML body (inline styles, nothing fetched from elsewhere) with a
 * plain-text alternative, the rendered files attached, an unsubscribe link and header, and a Message-ID fixed by
 * the caller so that a message sent again after a crash is recognised as the same one.
 *
 * @param from the sender
 * @param to the one recipient
 * @param name the recipient's name for the greeting, or null
 * @param subject the subject
 * @param report the figures
 * @param files the attachments by format
 * @param unsubscribeLink where the recipient unsubscribes
 * @param messageId the Message-ID, with its angle brackets
 */
record ReportMail(String from, String to, String name, String subject, GeneratedReport report,
		Map<ReportFormat, byte[]> files, String unsubscribeLink, String messageId) {

	private static final DateTimeFormatter FRESHNESS = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z",
			Locale.ENGLISH);

	private static final Session SESSION = Session.getInstance(new Properties());

	MimeMessage toMessage() throws MessagingException {
		MimeMessage message = new FixedIdMessage(this.messageId);
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.from);
		helper.setTo(this.to);
		helper.setSubject(this.subject);
		helper.setText(text(), html());
		for (Map.Entry<String, ReportFormat> attachment : attachmentNames().entrySet()) {
			ReportFormat format = attachment.getValue();
			helper.addAttachment(attachment.getKey(), new ByteArrayResource(this.files.get(format)),
					format.contentType());
		}
		message.setHeader("List-Unsubscribe", "<" + this.unsubscribeLink + ">");
		// RFC 8058: mail clients may unsubscribe with one POST to that link, without opening a page.
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	/** @return each attachment's file name, e.g. {@code Team review-2026-03.pdf}, in format order */
	Map<String, ReportFormat> attachmentNames() {
		Map<String, ReportFormat> names = new LinkedHashMap<>();
		String base = this.report.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "-"
				+ PeriodText.fileName(this.report.period());
		for (ReportFormat format : ReportFormat.values()) {
			if (this.files.containsKey(format)) {
				names.put(base + "." + format.extension(), format);
			}
		}
		return names;
	}

	private List<String> paragraphs() {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add((this.name != null) ? "Hello " + this.name + "," : "Hello,");
		paragraphs.add(this.report.title() + " for " + this.report.audience() + ", "
				+ PeriodText.label(this.report.period()) + ", compared with "
				+ PeriodText.label(this.report.base()) + ".");
		return paragraphs;
	}

	private String freshness() {
		return (this.report.dataAsOf() != null)
				? "Data as of " + FRESHNESS.format(this.report.dataAsOf().atZone(this.report.zone())) + "."
				: "The warehouse held no data yet when this report was made.";
	}

	private String attachmentsNote() {
		return "Attached: " + String.join(", ", attachmentNames().keySet()) + ".";
	}

	String text() {
		StringBuilder text = new StringBuilder();
		paragraphs().forEach((paragraph) -> text.append(paragraph).append("\n\n"));
		text.append("What changed:\n");
		changes().forEach((change) -> text.append("- ").append(change).append('\n'));
		text.append('\n').append(freshness()).append("\n\n").append(attachmentsNote()).append("\n\n");
		text.append("To stop receiving this report: ").append(this.unsubscribeLink).append('\n');
		return text.toString();
	}

	String html() {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Arial,Helvetica,"
				+ "sans-serif;font-size:14px;color:#1f2933;line-height:1.5\">");
		paragraphs().forEach((paragraph) -> html.append("<p style=\"margin:0 0 12px\">").append(escape(paragraph))
			.append("</p>"));
		html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">What changed</h2><ul style=\"margin:0 0 12px;"
				+ "padding-left:20px\">");
		changes().forEach((change) -> html.append("<li>").append(escape(change)).append("</li>"));
		html.append("</ul><p style=\"margin:0 0 12px;color:#52606d\">").append(escape(freshness())).append("</p>");
		html.append("<p style=\"margin:0 0 12px\">").append(escape(attachmentsNote())).append("</p>");
		html.append("<p style=\"margin:24px 0 0;font-size:12px;color:#7b8794\">You receive this report by a "
				+ "schedule. <a style=\"color:#3e4c59\" href=\"").append(escape(this.unsubscribeLink))
			.append("\">Unsubscribe</a></p></body></html>");
		return html.toString();
	}

	private List<String> changes() {
		return this.report.whatChanged().isEmpty() ? List.of("No notable change against the comparison period.")
				: this.report.whatChanged();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** A message whose Message-ID is the one given, not a new one made when it is saved. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(String id) {
			super(SESSION);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}

	}

}
