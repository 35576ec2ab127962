package io.keystonebi.reports.delivery;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import io.keystonebi.reports.ReportsProperties;

/**
 * The e-mail delivery of scheduled reports. Needs a {@link Clock}, a {@link JavaMailSender} (Spring Boot makes one
 * from {@code spring.mail.*}) and a {@link ReportComposer}, which the application supplies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
public class DeliveryConfiguration {

	@Bean
	Unsubscribes unsubscribes(Jdbi jdbi, ReportsProperties properties) {
		return new Unsubscribes(jdbi, properties.delivery());
	}

	@Bean
	DeliveryLog deliveryLog(Jdbi jdbi) {
		return new DeliveryLog(jdbi);
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService reportDeliveryPool(ReportsProperties properties) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("report-delivery-");
		threads.setDaemon(true);
		return Executors.newFixedThreadPool(properties.delivery().threadCount(), threads);
	}

	@Bean
	DeliverySender deliverySender(Jdbi jdbi, ReportComposer composer, JavaMailSender mailSender,
			Unsubscribes unsubscribes, ReportsProperties properties, Clock clock, ExecutorService reportDeliveryPool) {
		return newSender(jdbi, composer, mailSender, unsubscribes, properties.delivery(), clock, reportDeliveryPool,
				ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
	}

	/**
	 * A sender outside Spring, e.g. a second one on the same database in a test.
	 * @param name the name recorded in the rows it claims; every sender's must differ
	 * @return the sender
	 */
	public static DeliverySender newSender(Jdbi jdbi, ReportComposer composer, JavaMailSender mailSender,
			Unsubscribes unsubscribes, ReportsProperties.Delivery properties, Clock clock, ExecutorService pool,
			String name) {
		return new DeliverySender(jdbi, new DeliveryAttempts(jdbi, composer, mailSender, unsubscribes, properties,
				clock, name), properties, pool, name);
	}

}
