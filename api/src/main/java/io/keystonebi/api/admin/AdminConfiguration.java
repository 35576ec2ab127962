package io.keystonebi.api.admin;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.security.AccountAdministration;

/** The services behind the admin API and pages. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	AdminAudit adminAudit(ApplicationEventPublisher publisher) {
		return new AdminAudit(publisher);
	}

	@Bean
	UserManagement userManagement(Jdbi jdbi, AccountAdministration accounts, AdminAudit audit) {
		return new UserManagement(jdbi, accounts, audit);
	}

	@Bean
	TeamManagement teamManagement(Jdbi jdbi, AdminAudit audit) {
		return new TeamManagement(jdbi, audit);
	}

}
