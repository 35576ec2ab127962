package io.keystonebi.api.audit;

import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.keystonebi.sql.audit.ChainBreak;
import io.keystonebi.sql.audit.ChainExtent;

/**
 * {@code GET /api/v1/admin/audit/verify}: whether the chain holds, and if not where it first breaks.
 *
 * @param intact whether every entry matches its hash and follows the one before it
 * @param entries how many entries were checked
 * @param firstId the oldest entry (1 unless older entries were archived), or null when the log is empty
 * @param lastId the newest entry checked, or null
 * @param lastHash the newest entry's hash in hex: write it down elsewhere to detect a rewrite of the whole chain
 * later, or null
 * @param firstBrokenId the first entry at which the chain does not hold, or null when intact
 * @param problem {@code contents_changed}, {@code link_broken}, {@code entries_missing} or {@code bad_genesis},
 * or null when intact
 * @param message what was found, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainReport(boolean intact, long entries, Long firstId, Long lastId, String lastHash, Long firstBrokenId,
		String problem, String message) {

	static ChainReport of(ChainExtent extent, ChainBreak broken) {
		String head = (extent.lastHash() != null) ? HexFormat.of().formatHex(extent.lastHash()) : null;
		if (broken == null) {
			String message = (extent.entries() == 0) ? "The audit log is empty."
					: "All " + extent.entries() + " entries match their hashes and follow each other"
							+ ((extent.firstId() > 1) ? ", from entry " + extent.firstId() + " (older entries were "
									+ "archived)." : ".");
			return new ChainReport(true, extent.entries(), extent.firstId(), extent.lastId(), head, null, null,
					message);
		}
		return new ChainReport(false, extent.entries(), extent.firstId(), extent.lastId(), head, broken.id(),
				broken.problem(), describe(broken));
	}

	private static String describe(ChainBreak broken) {
		long id = broken.id();
		return switch (broken.problem()) {
			case "contents_changed" -> "Entry " + id + " was changed after it was written: its contents no longer "
					+ "match its hash.";
			case "entries_missing" -> "Entries " + (broken.previousId() + 1) + " to " + (id - 1) + " are missing: "
					+ "the ids jump from " + broken.previousId() + " to " + id + ".";
			case "bad_genesis" -> "Entry " + id + " does not start from the genesis value.";
			default -> "Entry " + id + " does not follow entry " + broken.previousId() + ": its prev_hash is not "
					+ "that entry's hash (entry " + broken.previousId() + " was changed and re-hashed, or entries "
					+ "were put in between).";
		};
	}

}
