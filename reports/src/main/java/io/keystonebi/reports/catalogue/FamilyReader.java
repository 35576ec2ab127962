package io.keystonebi.reports.catalogue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.keystonebi.sql.catalogue.CatalogueQueries;
import io.keystonebi.sql.catalogue.CatalogueQuery;

/** Runs the statements of the families a block needs, once each, and gathers their rows by breakdown key. */
final class FamilyReader {

	private FamilyReader() {
	}

	/**
	 * @return each key's figures; a missing id's key is null (the map allows it)
	 */
	static Map<String, Figures> read(CatalogueQueries queries, CatalogueQuery query, Set<Family> families) {
		Map<String, Figures> byKey = new HashMap<>();
		for (Family family : families) {
			switch (family) {
				case DEALS -> queries.deals(query).forEach((row) -> at(byKey, row.key()).deals = row);
				case LEADS -> queries.leads(query).forEach((row) -> at(byKey, row.key()).leads = row);
				case APPOINTMENTS ->
					queries.appointments(query).forEach((row) -> at(byKey, row.key()).appointments = row);
				case STAGES -> queries.stageEntries(query).forEach((row) -> at(byKey, row.key()).stages = row);
				case MESSAGES -> queries.messages(query).forEach((row) -> at(byKey, row.key()).messages = row);
				case TARGETS -> queries.targets(query).forEach((row) -> at(byKey, row.key()).target = row);
				case COSTS -> queries.costs(query).forEach((row) -> at(byKey, row.key()).cost = row);
				case MARKET -> queries.market(query).forEach((row) -> at(byKey, row.key()).market = row);
			}
		}
		return byKey;
	}

	private static Figures at(Map<String, Figures> byKey, String key) {
		return byKey.computeIfAbsent(key, (ignored) -> new Figures());
	}

}
