package io.keystonebi.etl.imports.mapping;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import io.keystonebi.etl.imports.MappingInvalidException;
import io.keystonebi.etl.imports.MappingNotFoundException;
import io.keystonebi.etl.imports.targets.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingParserTests {

	static final String VALID = """
			target: agent_targets
			key: [agent, month]
			columns:
			  - { column: agent, field: agent }
			  - { column: month, field: month, format: dd/MM/yyyy }
			  - { column: target, field: revenue_target, nulls: ["-"], default: "0" }
			""";

	static final String SERIES = """
			target: economic_indicators
			key: [observation_date]
			columns:
			  - { column: observation_date, field: month }
			  - { column: rate, field: value }
			constants:
			  series: 30-year mortgage rate
			""";

	static Mapping parse(String yaml) {
		return MappingParser.parse("m", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	static void assertInvalid(String yaml, String message) {
		assertThatThrownBy(() -> parse(yaml)).isInstanceOf(MappingInvalidException.class).hasMessage("Mapping m: " + message);
	}

	@Test
	void aValidMappingParsesIntoRulesThatConvertCells() throws InvalidValueException {
		Mapping mapping = parse(VALID);

		assertThat(mapping.target()).isEqualTo(Target.AGENT_TARGETS);
		assertThat(mapping.fileColumns()).containsExactly("agent", "month", "target");
		List<ColumnRule> rules = mapping.rules();
		assertThat(rules.get(1).apply("07/03/2025")).isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(rules.get(2).apply("-")).isEqualTo(new BigDecimal("0"));
		assertThat(rules.get(2).apply("1250.50")).isEqualTo(new BigDecimal("1250.50"));
	}

	@Test
	void badCellsAreReportedWithTheValue() {
		List<ColumnRule> rules = parse(VALID).rules();

		assertThatThrownBy(() -> rules.get(1).apply("2025-03-07")).hasMessage("not a date (dd/MM/yyyy): '2025-03-07'");
		assertThatThrownBy(() -> rules.get(2).apply("-5")).hasMessage("must not be negative: '-5'");
		assertThatThrownBy(() -> rules.get(2).apply("1,000")).hasMessage("not a number: '1,000'");
		assertThatThrownBy(() -> rules.get(2).apply("1234567890123")).hasMessage("number too large: '1234567890123'");
	}

	@Test
	void anUnknownTargetIsNamed() {
		assertInvalid(VALID.replace("agent_targets", "agent_goals"), "unknown target 'agent_goals' (expected one of "
				+ "agents, property_types, contacts, opportunities, market_sales, agent_targets, lead_source_costs, "
				+ "economic_indicators)");
	}

	@Test
	void anUnknownFieldIsNamedWithTheTargetsFields() {
		assertInvalid(VALID.replace("field: revenue_target", "field: revenue"),
				"target agent_targets has no field 'revenue' (fields: agent, month, revenue_target)");
	}

	@Test
	void aMisspelledKeyIsNamedWithItsPath() {
		assertInvalid(VALID.replace("nulls:", "null_values:"),
				"unknown key 'columns[2].null_values' (allowed: column, field, format, values, rename, default, nulls, required)");
	}

	@Test
	void aRequiredFieldLeftUnfilledIsNamed() {
		assertInvalid(VALID.replace("  - { column: target, field: revenue_target, nulls: [\"-\"], default: \"0\" }\n", ""),
				"target agent_targets needs field 'revenue_target' but no column or constant fills it");
	}

	@Test
	void keyColumnsMustFillTheTargetsIdentity() {
		assertInvalid(VALID.replace("key: [agent, month]", "key: [agent]"),
				"key columns [agent] must fill the identity fields [agent, month] of target agent_targets");
		assertInvalid(VALID.replace("key: [agent, month]", "key: [agent, when]"),
				"key column 'when' is not mapped to any field");
	}

	@Test
	void aMonthIsWrittenAsTheMonthOrAnyOfItsDaysAndStandsForItsFirstDay() throws InvalidValueException {
		ColumnRule month = parse(SERIES).rules().get(0);
		ColumnRule formatted = parse(SERIES.replace("field: month }", "field: month, format: MM/yyyy }")).rules().get(0);

		assertThat(month.apply("2024-03")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(month.apply("2024-03-28")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(formatted.apply("03/2024")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThatThrownBy(() -> month.apply("2024-3")).hasMessage("not a month (yyyy-MM or yyyy-MM-dd): '2024-3'");
		assertThatThrownBy(() -> formatted.apply("2024-03")).hasMessage("not a month (MM/yyyy): '2024-03'");
	}

	@Test
	void aConstantFillsAnIdentityFieldTheKeyColumnsLeaveOpen() {
		Mapping mapping = parse(SERIES);

		assertThat(mapping.key()).containsExactly("observation_date");
		assertThat(mapping.constantRow()[Target.ECONOMIC_INDICATORS.indexOf("series")]).isEqualTo("30-year mortgage rate");
	}

	@Test
	void aBadConstantOrFormatIsNamed() {
		assertInvalid(VALID + "constants:\n  month: soon\n", "constant 'month': not a date (yyyy-MM-dd[ HH:mm:ss]): 'soon'");
		assertInvalid(VALID.replace("format: dd/MM/yyyy", "format: \"dd/MM/yyyy'T\""),
				"bad date format 'dd/MM/yyyy'T' for column 'month': Pattern ends with an incomplete string literal: "
						+ "dd/MM/yyyy'T");
		assertInvalid(VALID.replace("field: agent }", "field: agent, format: yyyy }"),
				"'format' is only for date fields, not for 'agent'");
	}

	@Test
	void aFieldFilledTwiceIsRefused() {
		assertInvalid(VALID + "constants:\n  agent: Ann\n", "field 'agent' is filled by a column and a constant");
	}

	@Test
	void brokenYamlAndBadStructureAreReported() {
		assertThatThrownBy(() -> parse("target: [unclosed")).isInstanceOf(MappingInvalidException.class)
			.hasMessageStartingWith("Mapping m is not valid YAML: ");
		assertInvalid("- just\n- a list\n", "must be a YAML mapping with 'target', 'key' and 'columns'");
		assertInvalid(VALID.replace("columns:", "columns: {}\nunused:"), "unknown key 'unused' (allowed: target, "
				+ "location, key, columns, constants, rebase, pipeline)");
	}

	@Test
	void pipelinesAndLocationsAreChecked() {
		assertInvalid(VALID + "pipeline: { name: Sales, stages: [ { name: New } ] }\n",
				"'pipeline' is only for target opportunities");
		assertInvalid(VALID + "location: { source_id: x, name: X, timezone: Mars/Olympus }\n",
				"unknown time zone 'Mars/Olympus'");
	}

	@Test
	void mappingsAreFoundByNameInTheConfiguredLocationsOrByPath() {
		MappingRepository repository = new MappingRepository(new DefaultResourceLoader(), List.of("classpath:demo/mappings/"));

		assertThat(repository.load("crm-pipeline").pipeline().stages()).extracting(PipelineSpec.StageSpec::name)
			.containsExactly("Prospecting", "Engaging", "Won", "Lost");
		assertThatThrownBy(() -> repository.load("../secret")).isInstanceOf(MappingNotFoundException.class)
			.hasMessage("Mapping name '../secret' may only hold letters, digits, '.', '_' and '-'");
		assertThatThrownBy(() -> repository.load("missing.yml")).isInstanceOf(MappingNotFoundException.class)
			.hasMessage("Mapping file 'missing.yml' does not exist");
	}

}
