package io.keystonebi.api.security;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo profile's one account per role. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnWebApplication
class DemoAccountsConfiguration {

	@Bean
	DemoAccounts demoAccounts(Jdbi jdbi, AccountAdministration administration) {
		return new DemoAccounts(jdbi, administration, System.out);
	}

}
