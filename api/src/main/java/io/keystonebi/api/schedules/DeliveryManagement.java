package io.keystonebi.api.schedules;

import java.time.LocalDate;
import java.util.Map;

import io.keystonebi.api.audit.Audit;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.delivery.DeliveryInProgressException;
import io.keystonebi.reports.delivery.DeliveryLog;
import io.keystonebi.reports.delivery.DeliveryNotFoundException;
import io.keystonebi.sql.schedules.DeliveryRow;

/** The delivery log for administrators, and "send again" with its audit event. */
class DeliveryManagement {

	private final DeliveryLog log;

	private final Audit audit;

	DeliveryManagement(DeliveryLog log, Audit audit) {
		this.log = log;
		this.audit = audit;
	}

	DeliveryLog.DeliveryPage page(Long scheduleId, String status, LocalDate period, int page, int size) {
		return this.log.list(scheduleId, (status == null || status.isBlank()) ? null : status, period, page, size);
	}

	/** @return the delivery as it is now: pending, due at once */
	DeliveryRow resend(Caller caller, long id) {
		try {
			this.log.resend(id);
		}
		catch (DeliveryNotFoundException ex) {
			throw ScheduleMissingException.delivery(id);
		}
		catch (DeliveryInProgressException ex) {
			throw new DeliveryBusyException(id);
		}
		DeliveryRow row = this.log.get(id);
		this.audit.record(caller, "delivery.resend", "delivery:" + id, Map.of("schedule_id", row.scheduleId()));
		return row;
	}

}
