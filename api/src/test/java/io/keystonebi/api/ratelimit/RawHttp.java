package io.keystonebi.api.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request sent from a chosen local address (127.0.0.2, say), which Java's HTTP client cannot do before Java 19: the
 * server then sees another client address.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Answer get(String fromAddress, int port, String path) throws IOException {
		return send(fromAddress, port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
				+ "Connection: close\r\n\r\n");
	}

	static Answer postJson(String fromAddress, int port, String path, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return send(fromAddress, port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n"
				+ json);
	}

	private static Answer send(String fromAddress, int port, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(fromAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new Answer(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
		}
	}

	/** The raw answer: status line, headers, body. */
	record Answer(String text) {

		int status() {
			return Integer.parseInt(this.text.split(" ", 3)[1]);
		}

	}

}
