package io.keystonebi.api.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.keystonebi.reports.scope.DataScope;

/**
 * What identifies a cached answer. The caller's data scope is part of it, so two callers who may see different
 * data never share an answer; the parameters come in one normal form, so two requests for the same thing do.
 *
 * @param tier how long the answer lives
 * @param name what was computed, e.g. {@code summary}
 * @param scope the data scope's {@link DataScope#key()}
 * @param parameters the request's parameters sorted by name, e.g. {@code compare=previous&range=30d}
 * @param coverage the locations the answer was computed from
 */
public record CacheKey(CacheTier tier, String name, String scope, String parameters, Coverage coverage) {

	public CacheKey {
		Objects.requireNonNull(tier, "tier");
		Objects.requireNonNull(coverage, "coverage");
		if (name == null || !name.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("A cache name is lowercase letters, digits and '-': " + name);
		}
	}

	/**
	 * @param tier how long the answer lives
	 * @param name what was computed: lowercase letters, digits and {@code -}
	 * @param scope whose data the answer holds
	 * @param parameters what was asked, resolved to what the answer depends on (e.g. the day a relative range ends
	 * on); null values are left out
	 * @param coverage the locations the answer is computed from
	 * @return the key
	 */
	public static CacheKey of(CacheTier tier, String name, DataScope scope, Map<String, ?> parameters,
			Coverage coverage) {
		// Encoded so that no value can imitate the separators and make two different requests one key.
		String normal = new TreeMap<>(parameters).entrySet()
			.stream()
			.filter((parameter) -> parameter.getValue() != null)
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue().toString()))
			.collect(Collectors.joining("&"));
		return new CacheKey(tier, name, scope.key(), normal, coverage);
	}

	/** @return the key as Redis stores it, after the cache's prefix */
	String text(String shape) {
		return this.tier.tag() + ":" + this.name + "@" + shape + ":" + this.scope + ":" + this.parameters + ":"
				+ this.coverage.key();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
