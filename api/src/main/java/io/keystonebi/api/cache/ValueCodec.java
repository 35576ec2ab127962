package io.keystonebi.api.cache;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as Redis stores them: JSON, with a mapper of the cache's own so the web layer's naming never changes
 * what is stored. The shape of an answer's type (its records' components and enums' constants, all the way down)
 * is part of its key, so a node running a version whose answers look different never reads them.
 */
final class ValueCodec {

	private static final Logger logger = LoggerFactory.getLogger(ValueCodec.class);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Class<?>, String> shapes = new ConcurrentHashMap<>();

	String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	/** @return the answer, or null when the text does not read as one (then it is loaded again) */
	<T> T read(String text, Class<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JacksonException ex) {
			logger.warn("A cached {} could not be read, so it is computed again: {}", type.getSimpleName(),
					ex.getOriginalMessage());
			return null;
		}
	}

	/** @return a short digest of the type's shape */
	String shape(Class<?> type) {
		return this.shapes.computeIfAbsent(type, (key) -> digest(describe(key)));
	}

	/** @return the type's shape in full, e.g. {@code a.B(name:java.lang.String,kind:a.Kind{ONE,TWO})} */
	static String describe(Class<?> type) {
		return describe(type, new HashSet<>());
	}

	private static String describe(Type type, Set<Type> seen) {
		if (type instanceof ParameterizedType generic) {
			return describe(generic.getRawType(), seen) + Arrays.stream(generic.getActualTypeArguments())
				.map((argument) -> describe(argument, seen))
				.collect(Collectors.joining(",", "<", ">"));
		}
		if (!(type instanceof Class<?> plain) || !seen.add(type)) {
			return type.getTypeName();
		}
		if (plain.isRecord()) {
			return plain.getName() + Arrays.stream(plain.getRecordComponents())
				.map((component) -> component.getName() + ":" + describe(component.getGenericType(), seen))
				.collect(Collectors.joining(",", "(", ")"));
		}
		if (plain.isEnum()) {
			return plain.getName() + Arrays.stream(plain.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(",", "{", "}"));
		}
		return plain.getName();
	}

	private static String digest(String shape) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
