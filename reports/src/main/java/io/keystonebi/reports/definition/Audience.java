package io.keystonebi.reports.definition;

import java.util.Objects;
import java.util.Set;

import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.scope.DataScope;

/**
 * Who a report is made for: whose data it holds and which columns they may not see.
 *
 * @param scope the data counted: the brokerage, a team or one agent
 * @param label the scope as a person reads it on the report, e.g. {@code Whole brokerage}, {@code Team East}
 * @param hidden the kinds of column left out (a viewer sees no commission and no personal data)
 */
public record Audience(DataScope scope, String label, Set<Sensitivity> hidden) {

	public Audience {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(label, "label");
		hidden = Set.copyOf(hidden);
	}

}
