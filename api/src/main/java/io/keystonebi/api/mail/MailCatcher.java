package io.keystonebi.api.mail;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server inside the application that keeps, in memory, every message sent to it: the default run's
 * outbox, so scheduled reports can be sent and read with nothing else installed. It listens on the loopback
 * interface only and accepts any sender and recipient without authentication.
 */
public class MailCatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

	private final GreenMail server;

	/**
	 * @param bindAddress the address it listens on
	 * @param port its port, or 0 for any free port
	 */
	MailCatcher(String bindAddress, int port) {
		ServerSetup setup = new ServerSetup(port, bindAddress, ServerSetup.PROTOCOL_SMTP);
		this.server = new GreenMail((port == 0) ? setup.dynamicPort() : setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	void start() {
		this.server.start();
		log.info("No SMTP relay is configured (spring.mail.host): outgoing mail is kept by the embedded catcher on "
				+ "{}:{}; administrators read it at /admin/outbox", host(), port());
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/** @return the address it listens on */
	public String host() {
		return this.server.getSmtp().getBindTo();
	}

	/** @return the port it listens on */
	public int port() {
		return this.server.getSmtp().getPort();
	}

	/**
	 * @return every message kept, newest first, each under its number (1 for the first ever received); a message
	 * sent to several recipients is kept once per recipient, as a mailbox would
	 */
	public List<CaughtMail> messages() {
		MimeMessage[] received = this.server.getReceivedMessages();
		return java.util.stream.IntStream.range(0, received.length)
			.mapToObj((i) -> CaughtMail.of(i + 1, received[i]))
			.sorted(Comparator.comparingInt(CaughtMail::number).reversed())
			.toList();
	}

	/**
	 * @param number a message's number
	 * @return the message, or empty when there is no such message
	 */
	public Optional<MimeMessage> message(int number) {
		MimeMessage[] received = this.server.getReceivedMessages();
		return (number >= 1 && number <= received.length) ? Optional.of(received[number - 1]) : Optional.empty();
	}

	/** @return how many messages are kept */
	public int size() {
		return this.server.getReceivedMessages().length;
	}

	/** Deletes every kept message. */
	public void clear() {
		try {
			this.server.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("The mail catcher could not empty its mailboxes", ex);
		}
	}

	static List<String> addresses(jakarta.mail.Address[] addresses) {
		return (addresses == null) ? List.of() : Arrays.stream(addresses).map(Object::toString).toList();
	}

}
