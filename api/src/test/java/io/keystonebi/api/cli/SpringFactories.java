package io.keystonebi.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** The class names that the classpath's {@code META-INF/spring.factories} files register for one type. */
final class SpringFactories {

	private SpringFactories() {
	}

	// Read as text rather than through SpringFactoriesLoader, which would instantiate every registered class.
	static List<String> named(Class<?> type) throws IOException {
		List<String> names = new ArrayList<>();
		for (URL url : Collections.list(SpringFactories.class.getClassLoader().getResources("META-INF/spring.factories"))) {
			Properties factories = new Properties();
			try (InputStream in = url.openStream()) {
				factories.load(in);
			}
			for (String name : factories.getProperty(type.getName(), "").split(",")) {
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
		}
		return names;
	}

}
