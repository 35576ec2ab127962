package io.keystonebi.api.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.keystonebi.api.ApiProperties;

/**
 * The embedded mail catcher and a mail sender pointed at it, when no SMTP relay is configured
 * ({@code spring.mail.host} unset). With a relay, Spring Boot's own mail sender is used and nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
public class MailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "close")
	MailCatcher mailCatcher(ApiProperties properties) {
		return new MailCatcher(properties.mail().catcherAddress(), properties.mail().catcherPort());
	}

	@Bean
	JavaMailSender mailSender(MailCatcher catcher) {
		// The catcher has started (its init method ran before it was handed over), so its port is known.
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(catcher.host());
		sender.setPort(catcher.port());
		sender.setProtocol("smtp");
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
		return sender;
	}

}
