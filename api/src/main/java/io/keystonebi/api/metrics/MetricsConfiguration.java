package io.keystonebi.api.metrics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.Trigger;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.etl.ghl.sync.SyncMode;
import io.keystonebi.reports.delivery.DeliveryLog;

/** Job failure and misfire counters, report deliveries by status, and the scrape token ({@code bi.api.metrics.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class MetricsConfiguration {

	/** Before Spring Security's filter chain (-100), which must not see the scrape token. */
	static final int SCRAPE_TOKEN_ORDER = -110;

	@Bean
	JobFailures jobFailures(MeterRegistry meters) {
		return new JobFailures(meters);
	}

	// After every bean exists: listing the jobs earlier would create them while the observation registry they
	// need is still being set up.
	@Bean
	SmartInitializingSingleton knownJobFailures(JobFailures failures, ObjectProvider<Job> jobs) {
		return () -> {
			List<String> names = new ArrayList<>(jobs.stream().map(Job::getName).toList());
			for (SyncMode mode : SyncMode.values()) {
				names.add(mode.jobName());
			}
			failures.register(names);
		};
	}

	@Bean
	ReportDeliveries reportDeliveries(DeliveryLog deliveries) {
		return new ReportDeliveries(deliveries, Clock.systemUTC());
	}

	@Bean
	TriggerMisfires triggerMisfires(MeterRegistry meters, ObjectProvider<Trigger> triggers) {
		TriggerMisfires misfires = new TriggerMisfires(meters);
		misfires.register(triggers.stream().toList());
		return misfires;
	}

	@Bean
	SchedulerFactoryBeanCustomizer misfireListener(TriggerMisfires misfires) {
		return (scheduler) -> scheduler.setGlobalTriggerListeners(misfires);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<ScrapeTokenFilter> scrapeTokenFilter(ApiProperties properties,
			@Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		ApiProperties.Metrics settings = properties.metrics();
		FilterRegistrationBean<ScrapeTokenFilter> registration = new FilterRegistrationBean<>(new ScrapeTokenFilter(
				actuatorPath + "/prometheus", settings.scrapeTokenSet() ? settings.scrapeToken() : "", problems));
		registration.setOrder(SCRAPE_TOKEN_ORDER);
		registration.setEnabled(settings.scrapeTokenSet());
		return registration;
	}

}
