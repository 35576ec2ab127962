package io.keystonebi.jobs;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When scheduled work runs ({@code bi.jobs.*}). Triggers live in Quartz's JDBC store, so in a cluster each
 * fires on exactly one node.
 *
 * @param enabled whether this node schedules anything; a node with {@code false} still serves the API
 * @param rollupRefreshInterval how often slices touched by any writer are refreshed (loads refresh their
 * own slices at once; this catches every other writer)
 * @param rollupRebuildCron Quartz cron expression for the nightly full rebuild of all rollups, the
 * backstop for changes the incremental refresh cannot see
 * @param ghlFullSyncCron Quartz cron expression for the nightly full GHL sync of every connected location (reads
 * everything, marks deleted what GHL no longer lists)
 * @param ghlIncrementalSyncInterval how often the incremental GHL sync reads what changed since its last run
 * @param housekeepingCron Quartz cron expression for the nightly purge of old job runs and applied webhook
 * deliveries
 * @param jobHistoryRetention how long the recorded runs of the frequent jobs (webhook drain, incremental GHL
 * sync) are kept after they ended
 * @param webhookInboxRetention how long applied webhook deliveries are kept (failed ones are always kept)
 * @param timeZone the time zone the cron expressions are read in
 * @param reportPlanningInterval how often due report schedules are planned into e-mails; a schedule is sent at
 * most this long after its time
 * @param reportSendingInterval how often due report e-mails (new ones and retries) are sent
 * @param expiredReportFileRetention how long a report file made on demand is kept after it expired (its link
 * answers 410 Gone meanwhile), before the nightly housekeeping deletes it
 */
@ConfigurationProperties("bi.jobs")
public record JobsProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("60s") Duration rollupRefreshInterval,
		@DefaultValue("0 30 2 * * ?") String rollupRebuildCron,
		@DefaultValue("0 0 3 * * ?") String ghlFullSyncCron,
		@DefaultValue("15m") Duration ghlIncrementalSyncInterval,
		@DefaultValue("0 30 4 * * ?") String housekeepingCron,
		@DefaultValue("14d") Duration jobHistoryRetention,
		@DefaultValue("30d") Duration webhookInboxRetention,
		@DefaultValue("UTC") ZoneId timeZone,
		@DefaultValue("1m") Duration reportPlanningInterval,
		@DefaultValue("15s") Duration reportSendingInterval,
		@DefaultValue("7d") Duration expiredReportFileRetention) {
}
