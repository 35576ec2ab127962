package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * What the pipeline health score learns about one stage from all history.
 *
 * @param overallWinProbability the brokerage's won share of all closed deals (0 to 1), or null without any; the
 * same on every row
 * @param stageId the stage, or null on the only row when there is no stage at all
 * @param winProbability the configured win probability, else the won share of closed deals that reached the stage,
 * else its pipeline's won share of closed deals; null when none is known
 * @param basis {@code configured}, {@code learned} or {@code borrowed} (from the pipeline)
 * @param normalSeconds the stage's normal stay (the aging factor times its median finished stay), or null without
 * a finished stay
 */
public record StageStatisticsRow(BigDecimal overallWinProbability, Long stageId, BigDecimal winProbability,
		String basis, Double normalSeconds) {
}
