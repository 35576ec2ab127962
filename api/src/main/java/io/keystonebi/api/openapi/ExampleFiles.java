package io.keystonebi.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds the JSON examples kept beside each controller, as SQL is kept beside its SqlObject: for
 * {@code io.keystonebi.api.sync.SyncStatusController#status}, the files
 * {@code io/keystonebi/api/sync/SyncStatusController/status-response.json} (the successful answer) and
 * {@code .../status-request.json} (the body), or several bodies as {@code .../status-request-<name>.json}.
 */
final class ExampleFiles implements OperationCustomizer {

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		Class<?> controller = handlerMethod.getBeanType();
		String base = "classpath*:" + controller.getPackageName().replace('.', '/') + "/" + controller.getSimpleName()
				+ "/" + handlerMethod.getMethod().getName();
		Resource[] requests = find(base + "-request*.json");
		if (requests.length > 0 && operation.getRequestBody() != null) {
			operation.getRequestBody().getContent().values().forEach((media) -> addRequests(media, requests));
		}
		Resource[] response = find(base + "-response.json");
		if (response.length > 0) {
			successContent(operation).values().forEach((media) -> media.setExample(read(response[0])));
		}
		return operation;
	}

	private static void addRequests(MediaType media, Resource[] requests) {
		if (requests.length == 1 && "-request.json".equals(suffix(requests[0]))) {
			media.setExample(read(requests[0]));
			return;
		}
		for (Resource request : requests) {
			String name = suffix(request).replaceFirst("^-request-", "").replaceFirst("\\.json$", "");
			media.addExamples(name, new Example().summary(name.replace('-', ' ')).value(read(request)));
		}
	}

	private static Content successContent(Operation operation) {
		return operation.getResponses().entrySet().stream()
			.filter((entry) -> entry.getKey().startsWith("2"))
			.map(Map.Entry::getValue)
			.map(ApiResponse::getContent)
			.filter((content) -> content != null && !content.isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("A response example is kept for " + operation.getOperationId()
					+ ", which documents no successful answer with a body"));
	}

	private Resource[] find(String pattern) {
		try {
			Resource[] found = this.resources.getResources(pattern);
			Arrays.sort(found, Comparator.comparing(Resource::getFilename));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not look for " + pattern, ex);
		}
	}

	private static String suffix(Resource resource) {
		String name = resource.getFilename();
		return name.substring(name.indexOf('-'));
	}

	private static JsonNode read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return Json.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Example " + resource + " is not readable JSON", ex);
		}
	}

}
