package io.keystonebi.api.cache;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The locations an answer was computed from: a change of any of them makes it out of date, a change elsewhere
 * does not.
 *
 * @param all whether the answer reads every location, including any added later (a brokerage-wide figure)
 * @param locationIds the warehouse ids of the locations read; empty with all
 */
public record Coverage(boolean all, Set<Long> locationIds) {

	private static final Coverage EVERYWHERE = new Coverage(true, Set.of());

	public Coverage {
		locationIds = Set.copyOf(locationIds);
		if (all != locationIds.isEmpty()) {
			throw new IllegalArgumentException("An answer covers every location or some, not " + locationIds);
		}
	}

	/** @return the coverage of an answer that reads every location */
	public static Coverage everywhere() {
		return EVERYWHERE;
	}

	/**
	 * @param locationIds the warehouse ids of the locations read, at least one
	 * @return the coverage of an answer that reads only these locations
	 */
	public static Coverage of(Collection<Long> locationIds) {
		return new Coverage(false, Set.copyOf(locationIds));
	}

	/** @return whether a change of these locations makes the answer out of date */
	boolean touchedBy(Set<Long> changed) {
		return this.all || !Collections.disjoint(this.locationIds, changed);
	}

	/** @return e.g. {@code all} or {@code 3,5} */
	String key() {
		return this.all ? "all"
				: this.locationIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

}
