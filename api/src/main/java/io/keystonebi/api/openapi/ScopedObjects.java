package io.keystonebi.api.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.method.HandlerMethod;

/** Carries {@link ScopedObject} into the API documentation as {@code x-scoped-object}. */
final class ScopedObjects implements OperationCustomizer {

	/** {@code {parameter: <path parameter>, kind: <ScopedObject.Kind id>}}. */
	static final String EXTENSION = "x-scoped-object";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		ScopedObject scoped = handlerMethod.getMethodAnnotation(ScopedObject.class);
		if (scoped == null) {
			return operation;
		}
		boolean named = operation.getParameters() != null && operation.getParameters().stream()
			.anyMatch((parameter) -> "path".equals(parameter.getIn()) && scoped.parameter().equals(parameter.getName()));
		if (!named) {
			throw new IllegalStateException(handlerMethod + " is marked @ScopedObject by path parameter '"
					+ scoped.parameter() + "', which it does not have");
		}
		Map<String, String> extension = new LinkedHashMap<>();
		extension.put("parameter", scoped.parameter());
		extension.put("kind", scoped.kind().id());
		operation.addExtension(EXTENSION, extension);
		return operation;
	}

}
