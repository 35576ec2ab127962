package io.keystonebi.reports.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.sql.schedules.ClaimedDeliveryRow;
import io.keystonebi.sql.schedules.DeliveriesSql;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * What a sender does with the deliveries it claimed: settles those that cannot be sent (unsubscribed, removed,
 * outside the allowed domains, an inactive account), makes the report once per audience and sends each e-mail.
 */
final class DeliveryAttempts {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryAttempts.class);

	private final Jdbi jdbi;

	private final ReportComposer composer;

	private final DeliveryMails mails;

	private final ReportsProperties.Delivery properties;

	private final Clock clock;

	private final String sender;

	DeliveryAttempts(Jdbi jdbi, ReportComposer composer, JavaMailSender mailSender, Unsubscribes unsubscribes,
			ReportsProperties.Delivery properties, Clock clock, String sender) {
		this.jdbi = jdbi;
		this.composer = composer;
		this.mails = new DeliveryMails(mailSender, unsubscribes, properties.from());
		this.properties = properties;
		this.clock = clock;
		this.sender = sender;
	}

	/** @return the delivery ready to be made and sent, or empty when it was settled without sending */
	Optional<Ready> prepare(ClaimedDeliveryRow row) {
		if (row.recipientId() == null) {
			return settle(row, "skipped", "the recipient was removed from the schedule");
		}
		if (row.unsubscribedAt() != null) {
			return settle(row, "unsubscribed", null);
		}
		if (row.attempts() > this.properties.maxAttempts()) {
			return settle(row, "failed", "gave up after " + (row.attempts() - 1) + " attempts");
		}
		if (row.recipientKey().startsWith("email:") && !this.properties.allows(row.email())) {
			return settle(row, "failed", "the address " + row.email() + " is not in the allowed domains "
					+ this.properties.allowedDomains());
		}
		RecipientAudiences.Outcome audience = this.jdbi.withExtension(SchedulesSql.class,
				(sql) -> RecipientAudiences.resolve(row, sql));
		if (audience.skipReason() != null) {
			return settle(row, "skipped", audience.skipReason());
		}
		try {
			return Optional.of(new Ready(row, DefinitionJson.read(row.definitionJson()), audience));
		}
		catch (RuntimeException ex) {
			return settle(row, "failed", "the report could not be made: " + ex.getMessage());
		}
	}

	/**
	 * Makes the group's report once (they share schedule, run day and audience), or takes the one this run made
	 * already, and sends each e-mail.
	 */
	void composeAndSend(List<Ready> group, RecentRenders renders) {
		Ready first = group.get(0);
		ComposedReport composed = renders.get(first.renderKey());
		try {
			if (composed == null) {
				composed = this.composer.compose(first.definition(), first.audience().audience(),
						first.row().runDay(), formats(first.row()));
				renders.put(first.renderKey(), composed);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Report of schedule {} could not be made for {}", first.row().scheduleId(),
					first.audience().audience().label(), ex);
			group.forEach((ready) -> settle(ready.row(), "failed", "the report could not be made: " + ex.getMessage()));
			return;
		}
		ComposedReport report = composed;
		// The figures are the same for the whole group: their digest (send-only-on-change) is taken once.
		String digest = ReportDigest.of(report.report());
		group.forEach((ready) -> send(ready, report, digest));
	}

	private void send(Ready ready, ComposedReport composed, String digest) {
		ClaimedDeliveryRow row = ready.row();
		if (row.skipIfEmpty() && composed.report().empty()) {
			settle(row, "skipped", "no data in the period");
			return;
		}
		if (row.sendOnlyOnChange()) {
			Optional<String> unchangedSince = this.jdbi.withExtension(DeliveriesSql.class,
					(sql) -> sql.lastSent(row.scheduleId(), row.recipientKey(), row.periodFrom()))
				.filter((last) -> last.contentDigest().equals(digest))
				.map((last) -> "unchanged since "
						+ PeriodText.label(new ReportingPeriod(last.periodFrom(), last.periodTo())));
			if (unchangedSince.isPresent()) {
				settle(row, "skipped", unchangedSince.get(), digest);
				return;
			}
		}
		String messageId = messageId(row);
		try {
			this.mails.send(row, ready.audience(), composed, messageId);
		}
		catch (Exception ex) {
			failed(row, SendFailure.of(ex));
			return;
		}
		if (!this.jdbi.withExtension(DeliveriesSql.class, (sql) -> sql.markSent(row.id(), this.sender, messageId,
				digest))) {
			logger.warn("Delivery {} was sent but its lease had passed to another sender", row.id());
		}
	}

	private void failed(ClaimedDeliveryRow row, SendFailure failure) {
		if (failure.permanent()) {
			settle(row, "failed", failure.message());
		}
		else if (row.attempts() >= this.properties.maxAttempts()) {
			settle(row, "failed", "gave up after " + row.attempts() + " attempts: " + failure.message());
		}
		else {
			this.jdbi.useExtension(DeliveriesSql.class, (sql) -> sql.markRetrying(row.id(), this.sender,
					failure.message(), this.clock.instant().plus(Backoff.after(row.attempts(),
							this.properties.initialBackoff(), this.properties.maxBackoff()))));
		}
	}

	private Optional<Ready> settle(ClaimedDeliveryRow row, String status, String reason) {
		return settle(row, status, reason, null);
	}

	private Optional<Ready> settle(ClaimedDeliveryRow row, String status, String reason, String digest) {
		this.jdbi.useExtension(DeliveriesSql.class, (sql) -> sql.finish(row.id(), this.sender, status, reason, digest));
		return Optional.empty();
	}

	private static Set<ReportFormat> formats(ClaimedDeliveryRow row) {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		Arrays.stream(row.formats()).forEach((code) -> formats.add(ReportFormat.parse(code, "formats")));
		return formats;
	}

	// The same (schedule, period, recipient) always gives the same id, so a message sent again after a crash is
	// the same message to mail clients; an admin's resend is a new message.
	private String messageId(ClaimedDeliveryRow row) {
		String key = row.scheduleId() + "/" + row.periodFrom() + "/" + row.recipientKey()
				+ ((row.resends() > 0) ? "/resend-" + row.resends() : "");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "<report-" + HexFormat.of().formatHex(digest, 0, 16) + "@" + this.mails.domain() + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A claimed delivery that is to be made and sent. */
	record Ready(ClaimedDeliveryRow row, ReportDefinition definition, RecipientAudiences.Outcome audience) {

		/** @return what deliveries sharing one render have in common */
		RenderKey renderKey() {
			return new RenderKey(this.row.scheduleId(), this.row.runDay(), this.audience.audience());
		}

	}

	/** Deliveries with equal keys get the same report. */
	record RenderKey(long scheduleId, LocalDate runDay, Audience audience) {
	}

}
