package io.keystonebi.sql.imports;

import java.util.List;

/**
 * What every target's SqlObject does with one chunk: create its session-local staging table (rows vanish at
 * commit), reject staged rows whose references do not resolve, and merge the rest into the warehouse by the
 * target's unique key. The COPY statement that fills the staging table is the SqlObject's
 * {@code copyStage.sql}.
 */
public interface TargetSql {

	/** Creates the staging table when this session does not have it yet. */
	void createStage();

	/**
	 * Removes staged rows whose references (agent, contact, stage...) are unknown in the location.
	 * @param locationId the location the rows belong to
	 * @return the removed rows with what was wrong
	 */
	default List<Rejection> rejectUnknownReferences(long locationId) {
		return List.of();
	}

	/**
	 * Upserts the staged rows; of two rows with the same key in one chunk the later line wins, and a row with
	 * an older {@code source_updated_at} than the stored one does not overwrite it.
	 * @param locationId the location the rows belong to
	 * @param timezone the location's time zone, in which staged local times are read
	 * @return the number of staged rows merged
	 */
	int merge(long locationId, String timezone);

}
