package io.keystonebi.api.cache;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.redis.SharedRedis;

/** The answer cache ({@code bi.api.cache.*}), over the shared Redis when there is one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class CacheConfiguration {

	@Bean(initMethod = "start", destroyMethod = "close")
	TwoTierCache twoTierCache(ApiProperties properties, SharedRedis sharedRedis, MeterRegistry meterRegistry) {
		return new TwoTierCache(properties.cache(), sharedRedis, meterRegistry);
	}

}
