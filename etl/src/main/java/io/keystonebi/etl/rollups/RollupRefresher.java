package io.keystonebi.etl.rollups;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.sql.rollups.DirtyDay;
import io.keystonebi.sql.rollups.RollupDao;

/** Refreshes the rollup slices that loads have touched, or rebuilds all of them. */
public class RollupRefresher {

	private static final Logger log = LoggerFactory.getLogger(RollupRefresher.class);

	private final RollupDao rollups;

	RollupRefresher(RollupDao rollups) {
		this.rollups = rollups;
	}

	/**
	 * Recomputes the daily and monthly slices of every day a write has touched since the last refresh.
	 * @return how many location-days were refreshed
	 */
	public int refreshTouchedDays() {
		long started = System.nanoTime();
		List<DirtyDay> refreshed = this.rollups.refreshDirtyDays();
		if (!refreshed.isEmpty()) {
			log.info("Refreshed rollups for {} location-days in {} ms", refreshed.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return refreshed.size();
	}

	/**
	 * Rebuilds every slice from the base tables.
	 * @return how many location-days hold data
	 */
	public int rebuildAll() {
		long started = System.nanoTime();
		int days = this.rollups.rebuildAll();
		log.info("Rebuilt rollups for {} location-days in {} ms", days, (System.nanoTime() - started) / 1_000_000);
		return days;
	}

}
