package io.keystonebi.etl.rollups;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.sql.rollups.DirtyDay;
import io.keystonebi.sql.rollups.RollupDao;

/**
 * Refreshes the rollup slices that loads have touched, or rebuilds all of them. A refresh reports the locations
 * it refreshed as changed: the load that touched them already did, but anything computed from the rollups
 * between that load and this refresh read the old slices.
 */
public class RollupRefresher {

	private static final Logger log = LoggerFactory.getLogger(RollupRefresher.class);

	private final RollupDao rollups;

	private final WarehouseChanges changes;

	RollupRefresher(RollupDao rollups, WarehouseChanges changes) {
		this.rollups = rollups;
		this.changes = changes;
	}

	/**
	 * Recomputes the daily and monthly slices of every day a write has touched since the last refresh.
	 * @return how many location-days were refreshed
	 */
	public int refreshTouchedDays() {
		long started = System.nanoTime();
		List<DirtyDay> refreshed = this.rollups.refreshDirtyDays();
		if (!refreshed.isEmpty()) {
			Set<Long> locations = refreshed.stream().map(DirtyDay::locationId).collect(Collectors.toSet());
			this.changes.publish(locations);
			log.info("Refreshed rollups for {} location-days in {} ms", refreshed.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return refreshed.size();
	}

	/**
	 * Rebuilds every slice from the base tables. It reports no change: it gives the slices the values the loads
	 * and refreshes gave them, unless a change the triggers cannot see (a team move) was missed, and that is
	 * caught up by the answers' time to live rather than by dropping every cached answer every night.
	 * @return how many location-days hold data
	 */
	public int rebuildAll() {
		long started = System.nanoTime();
		int days = this.rollups.rebuildAll();
		log.info("Rebuilt rollups for {} location-days in {} ms", days, (System.nanoTime() - started) / 1_000_000);
		return days;
	}

}
