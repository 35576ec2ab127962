package io.keystonebi.api.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Redis server of a test's own, on a free port and without persistence, which the test may stop, start again
 * or pause (as an unresponsive Redis) without disturbing the machine's shared one.
 */
public final class RedisServerProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofSeconds(10);

	private final int port;

	private Process process;

	private RedisServerProcess(int port) {
		this.port = port;
	}

	/**
	 * Starts {@code redis-server}; skips the calling test class when it is not installed.
	 * @return the running server
	 */
	public static RedisServerProcess start() {
		assumeTrue(installed(), "redis-server is not on the PATH: tests that need a Redis of their own are skipped");
		RedisServerProcess server = new RedisServerProcess(freePort());
		server.restart();
		return server;
	}

	/** @return the URL {@code bi.api.redis.url} takes */
	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/** Kills the server, as a crash or a stopped container would; what it held is gone. */
	public void kill() {
		this.process.destroyForcibly();
		waitFor(this.process);
	}

	/** Starts the server again on the same port, empty. */
	public void restart() {
		try {
			this.process = new ProcessBuilder("redis-server", "--port", String.valueOf(this.port), "--save", "",
					"--appendonly", "no", "--bind", "127.0.0.1").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("redis-server did not start", ex);
		}
		awaitPing();
	}

	/** Starts the server again when a test left it stopped. */
	public void ensureRunning() {
		if (!this.process.isAlive()) {
			restart();
		}
	}

	/** Freezes the server: connections stay open and nothing answers, as with a hung Redis. */
	public void pause() {
		signal("-STOP");
	}

	/** Lets a paused server answer again, with everything it held. */
	public void resume() {
		signal("-CONT");
	}

	/** @return a plain client of this server, for a test's own checks */
	public Jedis client() {
		return new Jedis("127.0.0.1", this.port);
	}

	@Override
	public void close() {
		if (this.process != null) {
			resume();
			kill();
		}
	}

	private void awaitPing() {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			try (Jedis jedis = client()) {
				if ("PONG".equals(jedis.ping())) {
					return;
				}
			}
			catch (JedisException ex) {
				sleep();
			}
		}
		throw new IllegalStateException("redis-server on port " + this.port + " did not answer within " + STARTUP);
	}

	private void signal(String signal) {
		try {
			Process kill = new ProcessBuilder(List.of("kill", signal, String.valueOf(this.process.pid()))).start();
			waitFor(kill);
		}
		catch (IOException ex) {
			throw new IllegalStateException("kill " + signal + " failed", ex);
		}
	}

	private static void waitFor(Process process) {
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Process " + process.pid() + " did not end");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** @return whether {@code redis-server} can be started; for {@code @EnabledIf} */
	public static boolean installed() {
		try {
			Process version = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
