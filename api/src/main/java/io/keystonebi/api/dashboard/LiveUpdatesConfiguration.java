package io.keystonebi.api.dashboard;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.cache.TwoTierCache;

/** Live dashboards. A command has no browsers to tell, and the idle registry costs it nothing. */
@Configuration(proxyBeanMethods = false)
class LiveUpdatesConfiguration {

	@Bean(destroyMethod = "close")
	LiveUpdates liveUpdates(TwoTierCache cache, ApiProperties properties, Clock clock) {
		ApiProperties.Live live = properties.live();
		return new LiveUpdates(cache, live.quiet(), live.heartbeat(), live.streamTimeout(), clock);
	}

}
