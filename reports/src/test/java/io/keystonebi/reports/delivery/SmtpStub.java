package io.keystonebi.reports.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server that speaks the real protocol, accepts every message and answers {@code 550} to RCPT for the
 * addresses it is told to refuse, as a server does for an unknown mailbox. GreenMail accepts every recipient, so
 * the refusal needs this.
 */
final class SmtpStub implements AutoCloseable {

	static final String REFUSAL = "550 5.1.1 mailbox unavailable: no such user here";

	private final ServerSocket server;

	private final Set<String> refused;

	/** Each accepted message's recipients, one entry per message and recipient. */
	final List<String> delivered = new CopyOnWriteArrayList<>();

	SmtpStub(Set<String> refused) throws IOException {
		this.refused = refused;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "smtp-stub");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				Thread session = new Thread(() -> converse(socket), "smtp-stub-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void converse(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
			reply(out, "220 stub ESMTP");
			List<String> recipients = new ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("RCPT TO:")) {
					String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
					if (this.refused.contains(address)) {
						reply(out, REFUSAL);
					}
					else {
						recipients.add(address);
						reply(out, "250 2.1.5 OK");
					}
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 end with <CRLF>.<CRLF>");
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						// The content is not needed: what counts is who it was accepted for.
					}
					this.delivered.addAll(recipients);
					recipients.clear();
					reply(out, "250 2.0.0 queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 2.0.0 bye");
					return;
				}
				else if (command.startsWith("RSET")) {
					recipients.clear();
					reply(out, "250 2.0.0 OK");
				}
				else {
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// The client hung up.
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
