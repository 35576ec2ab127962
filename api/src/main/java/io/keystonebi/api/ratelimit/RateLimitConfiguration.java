package io.keystonebi.api.ratelimit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.redis.SharedRedis;

/**
 * The rate limit ({@code bi.api.rate-limit.*}), on unless {@code bi.api.rate-limit.enabled=false}; commands, which
 * serve no requests, go without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
@ConditionalOnBooleanProperty(name = "bi.api.rate-limit.enabled", matchIfMissing = true)
public class RateLimitConfiguration {

	/**
	 * Just after Spring Security's filter chain ({@code SecurityProperties.DEFAULT_FILTER_ORDER}, -100), so a
	 * signed-in user is counted as the user, wherever they connect from.
	 */
	static final int ORDER = -90;

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(SharedRedis redis, ApiProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, MeterRegistry meters) {
		RateLimiter limiter = new RateLimiter(redis, Clock.systemUTC());
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, properties.rateLimit(), problems, meters));
		registration.setOrder(ORDER);
		return registration;
	}

}
