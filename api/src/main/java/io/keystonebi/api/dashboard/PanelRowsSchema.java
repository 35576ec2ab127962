package io.keystonebi.api.dashboard;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents a panel's rows as what they are, lists of text, numbers and nulls, which annotations cannot say of a
 * list of lists of values (they would document each value as an object).
 */
@Component
class PanelRowsSchema implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		Schema<?> panel = (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null)
				? openApi.getComponents().getSchemas().get("Panel") : null;
		if (panel == null || panel.getProperties() == null || !panel.getProperties().containsKey("rows")) {
			return;
		}
		Schema<Object> value = new Schema<>();
		value.setTypes(Set.of("string", "number", "null"));
		value.setDescription("A value of the column at the same place: text, a number, or null.");
		ArraySchema row = new ArraySchema();
		row.setItems(value);
		ArraySchema rows = new ArraySchema();
		rows.setItems(row);
		rows.setDescription("The rows, each a list of values in the columns' order.");
		rows.setExample(List.of(List.of("2026-03", "paid_search", 42)));
		panel.getProperties().put("rows", rows);
	}

}
