package io.keystonebi.api.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import io.keystonebi.api.dashboard.DashboardLayout.WidgetSetting;
import io.keystonebi.reports.kpi.Comparison;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.RangePreset;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.sql.accounts.DashboardLayoutsSql;

/**
 * Reads and saves each account's {@link DashboardLayout}. A saved layout is read leniently: a widget that no longer
 * exists is dropped, a new one is shown after the rest, and a default that is no longer valid falls back, so a
 * layout saved by an older version never breaks the page.
 */
@Component
class DashboardLayouts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Jdbi jdbi;

	DashboardLayouts(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** @return the account's saved layout, or the default when it has none */
	DashboardLayout of(long accountId) {
		return this.jdbi.withExtension(DashboardLayoutsSql.class, (sql) -> sql.byAccount(accountId))
			.map(DashboardLayouts::read)
			.orElseGet(DashboardLayout::defaults);
	}

	/**
	 * @param accountId whose layout it is
	 * @param request the layout wanted
	 * @return the layout as saved, with the widgets the request left out added
	 * @throws InvalidLayoutException naming the first field that cannot be saved
	 */
	DashboardLayout save(long accountId, DashboardLayoutRequest request) {
		List<WidgetSetting> listed = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < request.widgets().size(); i++) {
			String id = request.widgets().get(i).id();
			String field = "widgets[" + i + "].id";
			if (DashboardWidget.byId(id).isEmpty()) {
				throw new InvalidLayoutException(field, id, "'" + id + "' is not a dashboard widget; the widgets are "
						+ Arrays.stream(DashboardWidget.values()).map(DashboardWidget::id).toList() + ".");
			}
			if (!seen.add(id)) {
				throw new InvalidLayoutException(field, id, "'" + id + "' is listed more than once.");
			}
			listed.add(new WidgetSetting(id, request.widgets().get(i).visible()));
		}
		SummaryRequest defaults;
		try {
			defaults = SummaryRequest.parse(null, null, request.range(), request.compare());
		}
		catch (InvalidReportParameterException ex) {
			List<String> accepted = ex.parameter().equals("range")
					? Arrays.stream(RangePreset.values()).map(RangePreset::code).toList()
					: Arrays.stream(Comparison.values()).map(Comparison::code).toList();
			throw new InvalidLayoutException(ex.parameter(), ex.value(), ex.parameter() + " '" + ex.value()
					+ "' is not one of " + accepted + ".");
		}
		DashboardLayout layout = new DashboardLayout(complete(listed), defaults.range().code(),
				defaults.comparison().code());
		this.jdbi.useExtension(DashboardLayoutsSql.class, (sql) -> sql.save(accountId, write(layout)));
		return layout;
	}

	// Widgets not listed are shown after the listed ones, in their usual order.
	private static List<WidgetSetting> complete(List<WidgetSetting> listed) {
		List<WidgetSetting> all = new ArrayList<>(listed);
		for (DashboardWidget widget : DashboardWidget.values()) {
			if (all.stream().noneMatch((setting) -> setting.id().equals(widget.id()))) {
				all.add(new WidgetSetting(widget.id(), true));
			}
		}
		return all;
	}

	private static DashboardLayout read(String json) {
		DashboardLayout defaults = DashboardLayout.defaults();
		try {
			JsonNode stored = JSON.readTree(json);
			List<WidgetSetting> listed = new ArrayList<>();
			for (JsonNode widget : stored.path("widgets")) {
				String id = widget.path("id").asString("");
				if (DashboardWidget.byId(id).isPresent() && listed.stream().noneMatch((s) -> s.id().equals(id))) {
					listed.add(new WidgetSetting(id, widget.path("visible").asBoolean(true)));
				}
			}
			String range = stored.path("range").asString(defaults.range());
			String compare = stored.path("compare").asString(defaults.compare());
			SummaryRequest checked = SummaryRequest.parse(null, null, range, compare);
			return new DashboardLayout(complete(listed), checked.range().code(), checked.comparison().code());
		}
		catch (JacksonException | InvalidReportParameterException ex) {
			return defaults;
		}
	}

	private static String write(DashboardLayout layout) {
		ObjectNode root = JSON.createObjectNode();
		ArrayNode widgets = root.putArray("widgets");
		layout.widgets().forEach((setting) -> widgets.addObject().put("id", setting.id())
			.put("visible", setting.visible()));
		root.put("range", layout.range());
		root.put("compare", layout.compare());
		return JSON.writeValueAsString(root);
	}

}
