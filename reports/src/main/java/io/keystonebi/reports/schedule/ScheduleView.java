package io.keystonebi.reports.schedule;

import java.util.List;

import io.keystonebi.sql.schedules.DeliveryRow;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.ScheduleSummaryRow;

/**
 * One schedule as its page and the API show it.
 *
 * @param schedule its settings, report, owner and next run
 * @param recipients its recipients, by id
 * @param lastDeliveries its most recent deliveries, newest first
 */
public record ScheduleView(ScheduleSummaryRow schedule, List<RecipientRow> recipients,
		List<DeliveryRow> lastDeliveries) {

	public ScheduleView {
		recipients = List.copyOf(recipients);
		lastDeliveries = List.copyOf(lastDeliveries);
	}

}
