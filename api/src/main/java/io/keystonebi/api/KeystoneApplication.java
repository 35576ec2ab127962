package io.keystonebi.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.keystonebi.api.cache.CacheConfiguration;
import io.keystonebi.api.cli.CliConfiguration;
import io.keystonebi.api.imports.ImportApiConfiguration;
import io.keystonebi.api.metrics.MetricsConfiguration;
import io.keystonebi.api.ratelimit.RateLimitConfiguration;
import io.keystonebi.api.redis.RedisConfiguration;
import io.keystonebi.api.webhooks.GhlWebhookApiConfiguration;
import io.keystonebi.etl.ghl.client.GhlClientConfiguration;
import io.keystonebi.etl.ghl.sync.GhlSyncConfiguration;
import io.keystonebi.jobs.JobsConfiguration;
import io.keystonebi.reports.kpi.KpiConfiguration;
import io.keystonebi.reports.delivery.DeliveryConfiguration;
import io.keystonebi.reports.panels.PanelsConfiguration;
import io.keystonebi.reports.schedule.SchedulesConfiguration;
import io.keystonebi.sql.WarehouseConfiguration;

/** Starts Keystone BI: warehouse, jobs, scheduler, API and dashboard in one process. */
@SpringBootApplication
@Import({ WarehouseConfiguration.class, JobsConfiguration.class, KpiConfiguration.class,
		ImportApiConfiguration.class, GhlWebhookApiConfiguration.class, GhlClientConfiguration.class,
		GhlSyncConfiguration.class, CliConfiguration.class, RedisConfiguration.class, MetricsConfiguration.class,
		RateLimitConfiguration.class, CacheConfiguration.class, PanelsConfiguration.class,
		SchedulesConfiguration.class, DeliveryConfiguration.class })
public class KeystoneApplication {

	public static void main(String[] args) {
		SpringApplication.run(KeystoneApplication.class, args);
	}

}
