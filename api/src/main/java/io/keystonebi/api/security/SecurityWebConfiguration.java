package io.keystonebi.api.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link Caller} and {@code DataScope} controller parameters. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityWebConfiguration implements WebMvcConfigurer {

	private final AccountDirectory accounts;

	SecurityWebConfiguration(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArguments(this.accounts));
	}

}
