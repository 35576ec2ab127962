package io.keystonebi.api.reports;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.kpi.SummaryService;
import io.keystonebi.reports.scope.DataScope;

/** Who a report is made for, and the day it is made on, as the dashboard decides both for the same caller. */
@Component
class ReportAudiences {

	private final AccountDirectory accounts;

	private final SummaryService summaries;

	private final Clock clock;

	ReportAudiences(AccountDirectory accounts, SummaryService summaries, Clock clock) {
		this.accounts = accounts;
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * @param caller who asks
	 * @param scope the caller's data scope, as the request was given it
	 * @return the caller's audience: their scope, in words, without what a viewer may not see
	 */
	Audience of(Caller caller, DataScope scope) {
		return new Audience(scope, this.accounts.scopeLabel(caller), caller.hiddenColumns());
	}

	/** @return today in the reporting zone, the day relative ranges end on */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.summaries.reportingZone()));
	}

}
