package io.keystonebi.api.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names the schema of a nested type after its enclosing type too ({@code SummaryResponse.Location}), since
 * responses nest small records with plain names that would otherwise collide and be merged into one schema.
 */
final class NestedTypeNames extends TypeNameResolver {

	@Override
	protected String getNameOfClass(Class<?> type) {
		Class<?> outer = type.getEnclosingClass();
		return (outer != null) ? getNameOfClass(outer) + "." + type.getSimpleName() : super.getNameOfClass(type);
	}

}
