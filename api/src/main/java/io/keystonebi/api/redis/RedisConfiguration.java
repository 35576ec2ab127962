package io.keystonebi.api.redis;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.ApiProperties;

/** The shared Redis ({@code bi.api.redis.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class RedisConfiguration {

	@Bean(destroyMethod = "close")
	SharedRedis sharedRedis(ApiProperties properties) {
		return SharedRedis.connect(properties.redis());
	}

}
