package io.keystonebi.reports.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.render.ReportBlock;

/**
 * The plain sentences at the top of a report: the headline figures that moved most against the base period, then
 * the biggest mover of a breakdown or two. Built from the panels the audience receives, so a hidden column never
 * reaches a sentence.
 */
final class WhatChanged {

	static final int HEADLINES = 3;

	private WhatChanged() {
	}

	/** @return up to {@link #HEADLINES} sentences on the KPI blocks' figures that changed most, largest first */
	static List<String> headlines(List<ReportBlock> blocks) {
		List<Move> moves = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ReportBlock block : blocks) {
			if (block.view() != BlockView.KPI || block.panel().rows().size() < 2) {
				continue;
			}
			Panel panel = block.panel();
			for (int i = 1; i < panel.columns().size(); i++) {
				Column column = panel.columns().get(i);
				BigDecimal current = number(panel.rows().get(0).get(i));
				BigDecimal previous = number(panel.rows().get(1).get(i));
				BigDecimal change = Wording.change(current, previous);
				if (seen.add(column.key()) && change != null && change.signum() != 0) {
					moves.add(new Move(column, current, previous, change));
				}
			}
		}
		return moves.stream().sorted(Comparator.comparing((Move move) -> move.change().abs()).reversed())
			.limit(HEADLINES).map(Move::sentence).toList();
	}

	/**
	 * @param current a breakdown's panel for the period
	 * @param base the same breakdown for the base period
	 * @return the sentence on the row whose first figure moved most, or null when none moved
	 */
	static String biggestMover(Panel current, Panel base) {
		// With one row (a team's report broken down by team) the "biggest mover" is the headline again.
		if (current.columns().size() < 3 || current.rows().size() < 2) {
			return null;
		}
		// The key column is the filter's value (an id); the name column says what a person reads.
		Column dimension = current.columns().get(1);
		Column metric = current.columns().get(2);
		String best = null;
		BigDecimal bestDifference = BigDecimal.ZERO;
		for (List<Object> row : current.rows()) {
			BigDecimal now = number(row.get(2));
			BigDecimal before = base.rows().stream().filter((other) -> Objects.equals(other.get(0), row.get(0)))
				.map((other) -> number(other.get(2))).findFirst().orElse(BigDecimal.ZERO);
			if (now == null || before == null) {
				continue;
			}
			BigDecimal difference = now.subtract(before);
			if (difference.abs().compareTo(bestDifference.abs()) > 0) {
				bestDifference = difference;
				best = "Biggest mover by " + dimension.label().toLowerCase(Locale.ROOT) + ": " + row.get(1)
						+ ", " + metric.label().toLowerCase(Locale.ROOT) + " "
						+ ((difference.signum() > 0) ? "up " : "down ") + Wording.difference(difference, metric.unit())
						+ " (from " + Wording.format(before, metric.unit()) + " to " + Wording.format(now, metric.unit())
						+ ").";
			}
		}
		return best;
	}

	/** @return whether no block holds a figure other than zero: nothing happened in scope */
	static boolean noData(List<ReportBlock> blocks) {
		for (ReportBlock block : blocks) {
			Panel panel = block.panel();
			List<List<Object>> rows = (block.view() == BlockView.KPI && !panel.rows().isEmpty())
					? panel.rows().subList(0, 1) : panel.rows();
			for (List<Object> row : rows) {
				for (int i = 0; i < row.size(); i++) {
					Unit unit = panel.columns().get(i).unit();
					if (unit != Unit.ID && row.get(i) instanceof BigDecimal value && value.signum() != 0) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static BigDecimal number(Object value) {
		return (value instanceof BigDecimal number) ? number : null;
	}

	private record Move(Column column, BigDecimal current, BigDecimal previous, BigDecimal change) {

		String sentence() {
			Unit unit = this.column.unit();
			String direction = (this.change.signum() > 0) ? " rose " : " fell ";
			String by = (unit == Unit.PERCENT) ? Wording.difference(this.current.subtract(this.previous), unit)
					: Wording.format(this.change.abs(), Unit.PERCENT);
			return this.column.label() + direction + by + " to " + Wording.format(this.current, unit) + " (from "
					+ Wording.format(this.previous, unit) + ").";
		}

	}

}
