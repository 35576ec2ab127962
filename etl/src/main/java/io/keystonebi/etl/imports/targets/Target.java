package io.keystonebi.etl.imports.targets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.keystonebi.etl.imports.targets.Field.of;
import static io.keystonebi.etl.imports.targets.Field.text;
import static io.keystonebi.etl.imports.targets.FieldType.BOOLEAN;
import static io.keystonebi.etl.imports.targets.FieldType.DATE;
import static io.keystonebi.etl.imports.targets.FieldType.DECIMAL;
import static io.keystonebi.etl.imports.targets.FieldType.INTEGER;
import static io.keystonebi.etl.imports.targets.FieldType.MONTH;
import static io.keystonebi.etl.imports.targets.FieldType.TIMESTAMP;
import io.keystonebi.sql.imports.TargetSql;
import io.keystonebi.sql.imports.PropertyTypesSql;
import io.keystonebi.sql.imports.OpportunitiesSql;
import io.keystonebi.sql.imports.MarketSalesSql;
import io.keystonebi.sql.imports.LeadSourceCostsSql;
import io.keystonebi.sql.imports.ContactsSql;
import io.keystonebi.sql.imports.EconomicIndicatorsSql;
import io.keystonebi.sql.imports.AgentsSql;
import io.keystonebi.sql.imports.AgentTargetsSql;
import io.keystonebi.sql.pii.SearchKind;

/**
 * What an import can load, with the fields a mapping may fill. Field order is the column order of the
 * target's staging table (its {@code copyStage.sql}), where an encrypted field with a search digest takes two
 * columns, the digest right after the value; identity fields are the target table's unique key.
 */
public enum Target {

	AGENTS(AgentsSql.class, List.of("source_id"), text("source_id").require(), text("name").require(),
			text("first_name"), text("last_name"), text("email").personal(SearchKind.EMAIL), text("phone").personal(),
			text("role"), text("team"), text("manager"), text("office"), of("source_updated_at", TIMESTAMP)),

	PROPERTY_TYPES(PropertyTypesSql.class, List.of("name"), text("name").require(), text("series"),
			of("list_price", DECIMAL).positive(), of("commission_rate", DECIMAL).positive().digits(1)),

	CONTACTS(ContactsSql.class, List.of("source_id"), text("source_id").require(), text("name"),
			text("first_name"), text("last_name"), text("email").personal(SearchKind.EMAIL),
			text("phone").personal(SearchKind.PHONE), text("company_name"), text("type"), text("source"), text("agent"), text("address1"), text("city"), text("state"),
			text("postal_code"), text("country"), text("tags"), text("attribution_url"),
			text("attribution_landing_page"), text("attribution_medium"), text("attribution_campaign"),
			text("attribution_utm_source"), of("created_at", TIMESTAMP).require(), of("source_updated_at", TIMESTAMP)),

	OPPORTUNITIES(OpportunitiesSql.class, List.of("source_id"), text("source_id").require(), text("name"),
			text("pipeline").require(), text("stage"), text("status").require().oneOf("open", "won", "lost", "abandoned"),
			text("agent"), text("contact"), of("monetary_value", DECIMAL).positive(), text("source"),
			text("property_type"), of("created_at", TIMESTAMP), of("closed_at", TIMESTAMP), of("won_at", TIMESTAMP),
			of("lost_at", TIMESTAMP), of("stage_entered_at", TIMESTAMP), text("earlier_stage"),
			of("earlier_stage_at", TIMESTAMP), of("source_updated_at", TIMESTAMP),
			of("open_value_from_list_price", BOOLEAN)),

	MARKET_SALES(MarketSalesSql.class, List.of("source_id", "sold_on"), text("source_id").require(),
			of("sold_on", DATE).require(), of("price", DECIMAL).require().positive(), of("bedrooms", INTEGER),
			of("bathrooms", DECIMAL).digits(2), of("sqft_living", INTEGER), of("sqft_lot", INTEGER), of("floors", DECIMAL).digits(2),
			of("waterfront", BOOLEAN), of("condition", INTEGER), of("grade", INTEGER), of("year_built", INTEGER),
			of("year_renovated", INTEGER), text("zipcode"), of("latitude", DECIMAL).digits(3),
			of("longitude", DECIMAL).digits(3)),

	AGENT_TARGETS(AgentTargetsSql.class, List.of("agent", "month"), text("agent").require(),
			of("month", DATE).require(), of("revenue_target", DECIMAL).require().positive()),

	LEAD_SOURCE_COSTS(LeadSourceCostsSql.class, List.of("source", "month"), text("source").require(),
			of("month", DATE).require(), of("cost", DECIMAL).require().positive()),

	ECONOMIC_INDICATORS(EconomicIndicatorsSql.class, List.of("series", "month"), text("series").require(),
			of("month", MONTH).require(), of("value", DECIMAL).require().digits(10),
			text("unit").oneOf("percent", "number", "money", "index"), text("source"));

	private final Class<? extends TargetSql> sql;

	private final List<String> identity;

	private final List<Field> fields;

	Target(Class<? extends TargetSql> sql, List<String> identity, Field... fields) {
		this.sql = sql;
		this.identity = identity;
		this.fields = List.of(fields);
	}

	/** @return the name mappings use, e.g. {@code market_sales} */
	public String mappingName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the target whose mapping name is given, if any */
	public static Optional<Target> byMappingName(String name) {
		for (Target target : values()) {
			if (target.mappingName().equals(name)) {
				return Optional.of(target);
			}
		}
		return Optional.empty();
	}

	/** @return the SqlObject that stages and merges rows of this target */
	public Class<? extends TargetSql> sql() {
		return this.sql;
	}

	/** @return the fields that together identify a row (the target table's unique key) */
	public List<String> identity() {
		return this.identity;
	}

	/** @return the fields in staging-table order */
	public List<Field> fields() {
		return this.fields;
	}

	/** @return the position of the named field, or -1 */
	public int indexOf(String fieldName) {
		for (int i = 0; i < this.fields.size(); i++) {
			if (this.fields.get(i).name().equals(fieldName)) {
				return i;
			}
		}
		return -1;
	}

}
