package io.keystonebi.api.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A redis-server of the tests' own on a free port, without persistence, which a test can stop and start again to
 * see what the application does while Redis is down.
 */
final class TestRedis implements AutoCloseable {

	private final int port;

	private Process server;

	private TestRedis(int port) {
		this.port = port;
	}

	static TestRedis start() {
		try (ServerSocket socket = new ServerSocket(0)) {
			TestRedis redis = new TestRedis(socket.getLocalPort());
			socket.close();
			redis.up();
			return redis;
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for redis-server", ex);
		}
	}

	String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/** @return a client of this server, for checking what the application stored */
	JedisPooled client() {
		return new JedisPooled("127.0.0.1", this.port);
	}

	/** Starts the server (again) and waits until it answers. */
	void up() {
		try {
			this.server = new ProcessBuilder("redis-server", "--port", Integer.toString(this.port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("redis-server could not be started; is it on the PATH?", ex);
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		try (JedisPooled client = client()) {
			while (true) {
				try {
					client.ping();
					return;
				}
				catch (JedisException ex) {
					if (Instant.now().isAfter(deadline)) {
						throw new IllegalStateException("redis-server on port " + this.port + " did not answer", ex);
					}
					Thread.onSpinWait();
				}
			}
		}
	}

	/** Stops the server, as a crash would. */
	void down() throws InterruptedException {
		this.server.destroy();
		this.server.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.server != null && this.server.isAlive()) {
			down();
		}
	}

}
