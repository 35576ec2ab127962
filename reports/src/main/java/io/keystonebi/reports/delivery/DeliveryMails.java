package io.keystonebi.reports.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.mail.javamail.JavaMailSender;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.sql.schedules.ClaimedDeliveryRow;

/** Writes and sends one report e-mail. */
final class DeliveryMails {

	private final JavaMailSender mailSender;

	private final Unsubscribes unsubscribes;

	private final String from;

	private final String domain;

	DeliveryMails(JavaMailSender mailSender, Unsubscribes unsubscribes, String from) {
		this.mailSender = mailSender;
		this.unsubscribes = unsubscribes;
		this.from = from;
		try {
			String address = new InternetAddress(from, true).getAddress();
			this.domain = address.substring(address.indexOf('@') + 1);
		}
		catch (AddressException ex) {
			throw new InvalidReportParameterException("bi.reports.delivery.from", from, "not an e-mail address");
		}
	}

	/** @return the sender's domain, the right-hand side of every Message-ID */
	String domain() {
		return this.domain;
	}

	ReportMail mail(ClaimedDeliveryRow row, RecipientAudiences.Outcome audience, ComposedReport composed,
			String messageId) {
		return new ReportMail(this.from, audience.email(), audience.name(),
				row.scheduleName() + " \u2014 " + PeriodText.label(composed.report().period()), composed.report(),
				composed.files(), this.unsubscribes.link(row.recipientId(), row.scheduleId()), messageId);
	}

	void send(ClaimedDeliveryRow row, RecipientAudiences.Outcome audience, ComposedReport composed,
			String messageId) throws MessagingException {
		this.mailSender.send(mail(row, audience, composed, messageId).toMessage());
	}

}
