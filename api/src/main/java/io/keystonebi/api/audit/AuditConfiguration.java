package io.keystonebi.api.audit;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.security.AccountDirectory;

/**
 * The audit log: its writer, the listener for sign-ins and published {@link AuditEvent}s, and the reader behind
 * the admin API and page. Entries are stamped with the system clock in UTC, never a configurable business clock.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

	@Bean
	AuditLog auditLog(Jdbi jdbi, ApiProperties properties) {
		ApiProperties.Audit settings = properties.audit();
		return new AuditLog(new AuditBatchWriter(jdbi), settings.queueCapacity(), settings.batchSize(),
				settings.queueWait(), settings.shutdownTimeout());
	}

	@Bean
	AuditListener auditListener(AuditLog log, Jdbi jdbi) {
		return new AuditListener(log, jdbi, Clock.systemUTC());
	}

	@Bean
	Audit audit(ApplicationEventPublisher publisher, AccountDirectory accounts) {
		return new Audit(publisher, accounts);
	}

	@Bean
	AuditReader auditReader(Jdbi jdbi) {
		return new AuditReader(jdbi);
	}

}
