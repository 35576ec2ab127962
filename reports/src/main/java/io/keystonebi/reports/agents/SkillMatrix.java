package io.keystonebi.reports.agents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.revenue.RevenueFigures;
import io.keystonebi.sql.agents.AgentFiguresRow;

/**
 * Agents against five skills, each a percentile score among the agents in scope: the share of the agents with a
 * value for the skill whose value is no better than the agent's own, in percent. The best agent scores 100, an
 * agent alone in scope too; an agent without a value (no leads, no won deal, no activity data) has no score.
 */
final class SkillMatrix {

	private SkillMatrix() {
	}

	static Panel panel(List<AgentFiguresRow> agents) {
		List<Skill> skills = List.of(
				new Skill("Conversion", true, (a) -> RevenueFigures.percent(a.conversions(), a.leads())),
				new Skill("Speed to lead", false, AgentFiguresRow::speedToLeadMinutes),
				new Skill("Follow-up compliance", true, AgentFiguresRow::followUpCompliance),
				new Skill("Deal size", true, (a) -> RevenueFigures.averageDeal(a.revenue(), a.dealsWon())),
				new Skill("Activity", true, (a) -> (a.activities() != null) ? BigDecimal.valueOf(a.activities()) : null));
		List<List<Object>> rows = new ArrayList<>();
		for (AgentFiguresRow agent : agents) {
			for (Skill skill : skills) {
				rows.add(Arrays.asList(skill.name(), agent.name(), score(skill, agent, agents), agent.agentId()));
			}
		}
		List<Column> columns = List.of(Column.of("skill", "Skill", Unit.TEXT), Column.of("agent", "Agent", Unit.TEXT),
				Column.of("score", "Score", Unit.SCORE), Column.of("agent_id", "Agent id", Unit.ID));
		String description = "Each agent's standing on five skills in the period, as a percentile score from 0 to 100"
				+ " among the agents in scope: the share of agents with a value for the skill whose value is no better"
				+ " than this agent's (the best scores 100). Skills: conversion rate of the period's leads; speed to"
				+ " lead (median minutes to the first outbound contact by a person, lower is better); follow-up"
				+ " compliance (inbound messages answered by a person within 24 hours); average deal size; activity"
				+ " (outbound calls, messages and e-mails plus meetings). A cell is empty where the agent has no value:"
				+ " no leads, no won deal, or no call, message or appointment data in the warehouse. Click a cell for"
				+ " the agent's won deals.";
		return new Panel("skill_matrix", "Skill matrix", description, ChartType.HEATMAP, columns, rows,
				new Drill(RowSet.DEALS, Map.of("date", "won", "status", "won"), Map.of("agent_id", "agent")), List.of());
	}

	static BigDecimal score(Skill skill, AgentFiguresRow agent, List<AgentFiguresRow> agents) {
		BigDecimal own = skill.value().apply(agent);
		if (own == null) {
			return null;
		}
		List<BigDecimal> values = agents.stream().map(skill.value()).filter((value) -> value != null).toList();
		long notBetter = values.stream()
			.filter((value) -> skill.higherIsBetter() ? value.compareTo(own) <= 0 : value.compareTo(own) >= 0)
			.count();
		return BigDecimal.valueOf(notBetter * 100).divide(BigDecimal.valueOf(values.size()), 0, RoundingMode.HALF_UP);
	}

	/**
	 * @param name what a person reads
	 * @param higherIsBetter whether a larger value is the better one
	 * @param value the agent's value, or null without one
	 */
	record Skill(String name, boolean higherIsBetter, Function<AgentFiguresRow, BigDecimal> value) {
	}

}
