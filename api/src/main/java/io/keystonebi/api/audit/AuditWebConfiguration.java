package io.keystonebi.api.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.keystonebi.api.security.AccountDirectory;

/**
 * Records reads of the API and of pages. Static files, the sign-in page, error pages and the actuator are left
 * out: they show no warehouse data (and the interceptor records only controller methods anyway).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditLog log;

	private final AccountDirectory accounts;

	AuditWebConfiguration(AuditLog log, AccountDirectory accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ReadAuditInterceptor(this.log, this.accounts, Clock.systemUTC()))
			.addPathPatterns("/**")
			.excludePathPatterns("/css/**", "/js/**", "/images/**", "/favicon.*", "/login", "/error", "/error/**",
					"/actuator/**");
	}

}
