package io.keystonebi.reports.delivery;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.sql.schedules.DeliveriesSql;
import io.keystonebi.sql.schedules.DeliveryRow;

/** The delivery log the admin pages read, and "send again" for one delivery. */
public class DeliveryLog {

	/** Every status a delivery can be in, in the order a delivery passes through them. */
	public static final List<String> STATUSES = List.of("pending", "sending", "retrying", "sent", "failed",
			"skipped", "unsubscribed");

	private final Jdbi jdbi;

	public DeliveryLog(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param scheduleId only this schedule's deliveries, or null for all
	 * @param status only those in this status, or null
	 * @param periodFrom only those for the period starting this day, or null
	 * @param page the page, from 0
	 * @param size rows per page, 1 to 500
	 * @return one page of the log, newest first, and the total
	 */
	public DeliveryPage list(Long scheduleId, String status, LocalDate periodFrom, int page, int size) {
		if (status != null && !STATUSES.contains(status)) {
			throw new InvalidReportParameterException("status", status, "expected one of " + String.join(", ",
					STATUSES));
		}
		if (page < 0) {
			throw new InvalidReportParameterException("page", String.valueOf(page), "must not be negative");
		}
		if (size < 1 || size > 500) {
			throw new InvalidReportParameterException("size", String.valueOf(size), "must be 1 to 500");
		}
		return this.jdbi.withExtension(DeliveriesSql.class, (sql) -> new DeliveryPage(
				sql.page(scheduleId, status, periodFrom, size, (long) page * size),
				sql.count(scheduleId, status, periodFrom), page, size));
	}

	/**
	 * Sends one delivery again, as a new message: it is due at once, its attempts are kept and its resend count
	 * goes up, which the log shows.
	 * @param deliveryId the delivery
	 */
	public void resend(long deliveryId) {
		this.jdbi.useTransaction((handle) -> {
			DeliveriesSql sql = handle.attach(DeliveriesSql.class);
			if (sql.byId(deliveryId).isEmpty()) {
				throw new DeliveryNotFoundException(deliveryId);
			}
			if (!sql.resend(deliveryId)) {
				throw new DeliveryInProgressException(deliveryId);
			}
		});
	}

	/**
	 * @param deliveryId a delivery
	 * @return it as the log shows it
	 * @throws DeliveryNotFoundException when there is none with that id
	 */
	public DeliveryRow get(long deliveryId) {
		return this.jdbi.withExtension(DeliveriesSql.class, (sql) -> sql.byId(deliveryId))
			.orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
	}

	/** @return how many deliveries are in each status, every status present (zero where none), in one query */
	public Map<String, Long> countByStatus() {
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUSES.forEach((status) -> counts.put(status, 0L));
		this.jdbi.withExtension(DeliveriesSql.class, DeliveriesSql::countByStatus)
			.forEach((row) -> counts.put(row.status(), row.deliveries()));
		return counts;
	}

	/**
	 * One page of the delivery log.
	 *
	 * @param deliveries the rows, newest first
	 * @param total how many rows match over all pages
	 * @param page this page, from 0
	 * @param size rows per page
	 */
	public record DeliveryPage(List<DeliveryRow> deliveries, long total, int page, int size) {
	}

}
