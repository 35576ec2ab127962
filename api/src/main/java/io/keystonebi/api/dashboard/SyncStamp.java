package io.keystonebi.api.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.keystonebi.api.sync.Freshness;
import io.keystonebi.api.sync.LocationSync;
import io.keystonebi.api.sync.SyncReport;

/**
 * The GHL part of the page's freshness line, from the same report as {@code GET /api/v1/sync/status}.
 *
 * @param state {@code fresh}, {@code stale}, {@code pending} (no sync completed yet) or {@code offline} (not
 * connected), for styling
 * @param text what the stamp says, e.g. "Synced from GHL 3 min ago"
 * @param badge a word that stands out, e.g. "Delayed", or null
 * @param datetime the instant the text is about (ISO-8601), or null
 * @param details each location's standing, for the tooltip; empty with fewer than two locations
 */
record SyncStamp(String state, String text, String badge, String datetime, String details) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.US);

	static SyncStamp of(SyncReport report, ZoneId zone) {
		if (report.status() == Freshness.NOT_CONNECTED) {
			if (report.lastImportAt() == null) {
				return new SyncStamp("offline", "Not connected to GHL", null, null, "");
			}
			return new SyncStamp("offline", "Not connected to GHL — " + (report.demoData() ? "demo data" : "data")
					+ " imported at " + STAMP.format(report.lastImportAt().atZone(zone)), null,
					report.lastImportAt().toString(), "");
		}
		List<LocationSync> locations = report.locations();
		long unsynced = locations.stream().filter(l -> l.status() == Freshness.NEVER_SYNCED).count();
		String details = (locations.size() < 2) ? ""
				: locations.stream().map(SyncStamp::detail).collect(Collectors.joining("; "));
		if (report.worstLag() == null) {
			boolean connected = locations.stream().anyMatch(l -> l.row().connected());
			return new SyncStamp("pending",
					(connected ? "Connected to GHL" : "GHL events received") + " — first sync not finished yet", null,
					null, details);
		}
		String text = "Synced from GHL " + ago(report.worstLag());
		if (unsynced > 0) {
			text += " · " + unsynced + ((unsynced == 1) ? " location" : " locations") + " not synced yet";
		}
		boolean stale = locations.stream().anyMatch(l -> l.status() == Freshness.STALE);
		return new SyncStamp(stale ? "stale" : "fresh", text, stale ? "Delayed" : null, report.dataAsOf().toString(),
				details);
	}

	/** @return a lag in words: "just now", "3 min ago", "5 h ago", "2 days ago" */
	static String ago(Duration lag) {
		long minutes = lag.toMinutes();
		if (minutes < 1) {
			return "just now";
		}
		if (minutes < 60) {
			return minutes + " min ago";
		}
		long hours = lag.toHours();
		if (hours < 48) {
			return hours + " h ago";
		}
		return lag.toDays() + " days ago";
	}

	private static String detail(LocationSync location) {
		return location.displayName() + ": "
				+ ((location.lag() == null) ? "not synced yet" : "synced " + ago(location.lag()));
	}

}
