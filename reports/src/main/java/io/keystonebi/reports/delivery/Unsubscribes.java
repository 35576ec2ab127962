package io.keystonebi.reports.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * The unsubscribe links of report e-mails. A token names a recipient and its schedule, signed with HMAC-SHA256
 * under {@code bi.reports.delivery.unsubscribe-secret}, so nobody can unsubscribe someone else by guessing ids. A
 * team recipient's link unsubscribes the team recipient as a whole.
 */
public class Unsubscribes {

	private static final Logger logger = LoggerFactory.getLogger(Unsubscribes.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final Jdbi jdbi;

	private final byte[] secret;

	private final String publicUrl;

	public Unsubscribes(Jdbi jdbi, ReportsProperties.Delivery properties) {
		this.jdbi = jdbi;
		this.publicUrl = properties.publicUrl();
		if (properties.unsubscribeSecret() != null) {
			this.secret = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
		}
		else {
			logger.warn("bi.reports.delivery.unsubscribe-secret is not set: unsubscribe links are signed with a "
					+ "random key and stop working after a restart and on other nodes");
			this.secret = new byte[32];
			new SecureRandom().nextBytes(this.secret);
		}
	}

	/**
	 * @param recipientId the recipient
	 * @param scheduleId its schedule
	 * @return the signed token of its unsubscribe link
	 */
	public String token(long recipientId, long scheduleId) {
		String payload = recipientId + "." + scheduleId;
		return payload + "." + ENCODER.encodeToString(sign(payload));
	}

	/**
	 * @param recipientId the recipient
	 * @param scheduleId its schedule
	 * @return the link a recipient follows to unsubscribe
	 */
	public String link(long recipientId, long scheduleId) {
		return this.publicUrl + "/reports/unsubscribe?token=" + token(recipientId, scheduleId);
	}

	/**
	 * Unsubscribes the recipient a token names; doing it twice is harmless.
	 * @param token a token from an unsubscribe link
	 * @return what was unsubscribed, or empty when the token is malformed, its signature does not match, or the
	 * recipient no longer exists
	 */
	public Optional<Unsubscription> unsubscribe(String token) {
		return recipientOf(token).flatMap((ids) -> this.jdbi.inTransaction((handle) -> {
			SchedulesSql sql = handle.attach(SchedulesSql.class);
			Optional<Unsubscription> found = find(ids, sql);
			found.ifPresent((unsubscription) -> sql.unsubscribe(ids[0], ids[1]));
			return found;
		}));
	}

	/**
	 * Reads what a token would unsubscribe, changing nothing: the confirmation page names the schedule.
	 * @param token a token from an unsubscribe link
	 * @return what it names, or empty when {@link #unsubscribe} would refuse it
	 */
	public Optional<Unsubscription> peek(String token) {
		return recipientOf(token).flatMap((ids) -> this.jdbi.withExtension(SchedulesSql.class,
				(sql) -> find(ids, sql)));
	}

	private static Optional<Unsubscription> find(long[] ids, SchedulesSql sql) {
		return sql.recipient(ids[0])
			.filter((row) -> row.scheduleId() == ids[1])
			.map((row) -> new Unsubscription(ids[1], ids[0],
					sql.byId(ids[1]).map((schedule) -> schedule.name()).orElse("")));
	}

	// The recipient and schedule ids a well-signed token names.
	private Optional<long[]> recipientOf(String token) {
		String[] parts = (token != null) ? token.split("\\.") : new String[0];
		if (parts.length != 3) {
			return Optional.empty();
		}
		String payload = parts[0] + "." + parts[1];
		byte[] expected = ENCODER.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			return Optional.of(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	/**
	 * A recipient that followed its unsubscribe link.
	 *
	 * @param scheduleId the schedule it no longer receives
	 * @param recipientId the recipient
	 * @param scheduleName the schedule's name, to tell the person what they left
	 */
	public record Unsubscription(long scheduleId, long recipientId, String scheduleName) {
	}

}
