package io.keystonebi.reports.delivery;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import org.springframework.mail.MailSendException;

/**
 * Why a send failed, and whether trying again can help: a 5xx reply from the mail server (unknown mailbox,
 * refused sender) is permanent; a server that cannot be reached, a time-out or a 4xx reply is transient.
 * Anything else is taken as transient, bounded by the attempts.
 *
 * @param permanent whether trying again is pointless
 * @param message what happened, with the server's reply where there was one
 */
record SendFailure(boolean permanent, String message) {

	static SendFailure of(Exception failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SMTPAddressFailedException address) {
				return smtp(address.getReturnCode(), address.getMessage());
			}
			if (cause instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
				return smtp(send.getReturnCode(), send.getMessage());
			}
		}
		for (Throwable cause : causes(failure)) {
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof UnknownHostException) {
				return new SendFailure(false, "mail server not reachable: " + cause);
			}
		}
		return new SendFailure(false, String.valueOf(failure.getMessage()));
	}

	private static SendFailure smtp(int code, String reply) {
		String message = "mail server replied " + code + ": " + String.valueOf(reply).strip();
		return new SendFailure(code >= 500, message);
	}

	// Mail exceptions chain in three ways: causes, a MessagingException's next exception, and the per-message
	// failures Spring collects; all are searched.
	private static Iterable<Throwable> causes(Throwable failure) {
		Set<Throwable> seen = new HashSet<>();
		Deque<Throwable> pending = new ArrayDeque<>();
		pending.add(failure);
		Deque<Throwable> ordered = new ArrayDeque<>();
		while (!pending.isEmpty()) {
			Throwable next = pending.poll();
			if (next == null || !seen.add(next)) {
				continue;
			}
			ordered.add(next);
			if (next.getCause() != null) {
				pending.add(next.getCause());
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				pending.add(messaging.getNextException());
			}
			if (next instanceof MailSendException send) {
				pending.addAll(send.getFailedMessages().values());
			}
		}
		return ordered;
	}

}
