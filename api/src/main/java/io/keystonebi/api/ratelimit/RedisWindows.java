package io.keystonebi.api.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The sliding windows in Redis, shared by every node: one sorted set per client and quota kind, updated by one
 * Lua script ({@code sliding_window.lua}) so that checking and counting are a single atomic step however many
 * nodes count the same client at once. The keys of one client share a hash tag, so the script also runs on a
 * Redis Cluster.
 */
final class RedisWindows {

	private static final String SCRIPT = script("sliding_window.lua");

	private static final String SHA = sha1(SCRIPT);

	private final long windowMillis;

	RedisWindows(Duration window) {
		this.windowMillis = window.toMillis();
	}

	Decision acquire(UnifiedJedis jedis, String client, List<Quota> quotas, long now) {
		List<String> keys = quotas.stream().map((quota) -> "bi:rate:{" + client + "}:" + quota.kind()).toList();
		List<String> args = new ArrayList<>();
		args.add(Long.toString(now));
		args.add(Long.toString(this.windowMillis));
		args.add(now + ":" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
		quotas.forEach((quota) -> args.add(Integer.toString(quota.limit())));
		List<?> reply = (List<?>) run(jedis, keys, args);
		if (number(reply, 0) == 0) {
			Quota full = quotas.get((int) number(reply, 1) - 1);
			return Decision.refused(full, number(reply, 3), now, this.windowMillis);
		}
		int[] counts = new int[quotas.size()];
		long[] oldest = new long[quotas.size()];
		for (int i = 0; i < quotas.size(); i++) {
			counts[i] = (int) number(reply, 1 + 2 * i);
			oldest[i] = number(reply, 2 + 2 * i);
		}
		return Decision.admitted(quotas, counts, oldest, now, this.windowMillis);
	}

	private static Object run(UnifiedJedis jedis, List<String> keys, List<String> args) {
		try {
			return jedis.evalsha(SHA, keys, args);
		}
		catch (JedisNoScriptException ex) {
			// A Redis that restarted, or was never asked before, does not know the script yet; EVAL caches it.
			return jedis.eval(SCRIPT, keys, args);
		}
	}

	private static long number(List<?> reply, int index) {
		return ((Number) reply.get(index)).longValue();
	}

	private static String script(String name) {
		try (InputStream in = RedisWindows.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name + " beside " + RedisWindows.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha1(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
