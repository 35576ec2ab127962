package io.keystonebi.etl.imports.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import io.keystonebi.etl.imports.MappingNotFoundException;

/**
 * Finds mappings by name in the configured locations ({@code bi.etl.mapping-locations}), or by path when the
 * argument ends in {@code .yml} or {@code .yaml}.
 */
public final class MappingRepository {

	private final ResourceLoader resources;

	private final List<String> locations;

	public MappingRepository(ResourceLoader resources, List<String> locations) {
		this.resources = resources;
		this.locations = List.copyOf(locations);
	}

	/**
	 * @param nameOrPath a mapping name such as {@code crm-agents}, or a path to a YAML file
	 * @return the parsed mapping
	 */
	public Mapping load(String nameOrPath) {
		if (nameOrPath == null || nameOrPath.isBlank()) {
			throw new MappingNotFoundException("No mapping was named");
		}
		if (nameOrPath.endsWith(".yml") || nameOrPath.endsWith(".yaml")) {
			return loadPath(nameOrPath);
		}
		if (!nameOrPath.matches("[A-Za-z0-9_.-]+")) {
			throw new MappingNotFoundException("Mapping name '" + nameOrPath + "' may only hold letters, digits, "
					+ "'.', '_' and '-'");
		}
		for (String location : this.locations) {
			Resource resource = this.resources.getResource(withSlash(location) + nameOrPath + ".yml");
			if (resource.exists()) {
				return parse(nameOrPath, resource);
			}
		}
		throw new MappingNotFoundException("No mapping named '" + nameOrPath + "' in " + this.locations);
	}

	private Mapping loadPath(String path) {
		Path file = Path.of(path);
		if (Files.isRegularFile(file)) {
			return parse(baseName(file.getFileName().toString()), this.resources.getResource("file:" + file.toAbsolutePath()));
		}
		Resource resource = this.resources.getResource(path);
		if (path.contains(":") && resource.exists()) {
			return parse(baseName(resource.getFilename()), resource);
		}
		throw new MappingNotFoundException("Mapping file '" + path + "' does not exist");
	}

	private static String withSlash(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot > 0) ? fileName.substring(0, dot) : fileName;
	}

	private static Mapping parse(String name, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return MappingParser.parse(name, in);
		}
		catch (IOException ex) {
			throw new MappingNotFoundException("Mapping '" + name + "' cannot be read: " + ex.getMessage());
		}
	}

}
