package io.keystonebi.etl.ghl.webhooks;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChangesConfiguration;
import io.keystonebi.etl.rollups.RollupConfiguration;

/** GHL webhooks: the signature check and inbox the endpoint uses, and the drain job that empties the inbox. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EtlProperties.class)
@Import({ WebhookDrainJobConfiguration.class, RollupConfiguration.class, WarehouseChangesConfiguration.class })
public class GhlWebhookConfiguration {

	@Bean
	public WebhookSignatureVerifier webhookSignatureVerifier(EtlProperties properties) {
		return WebhookSignatureVerifier.of(properties.ghl().webhooks());
	}

	@Bean
	public WebhookInbox webhookInbox(Jdbi jdbi, EtlProperties properties) {
		EtlProperties.Ghl.Webhooks settings = properties.ghl().webhooks();
		return new WebhookInbox(jdbi, Clock.systemUTC(), settings.storeBatchSize(), settings.storeQueueCapacity(),
				settings.storeTimeout());
	}

	@Bean
	public WebhookDrain webhookDrain(JobOperator jobOperator, @Qualifier("ghlWebhookDrainJob") Job ghlWebhookDrainJob,
			Jdbi jdbi, EtlProperties properties) {
		return new WebhookDrain(jobOperator, ghlWebhookDrainJob, jdbi, properties.ghl().webhooks());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "bi.etl.ghl.webhooks.drain-on-receipt", matchIfMissing = true)
	public PromptDrain promptWebhookDrain(WebhookDrain webhookDrain) {
		return new PromptDrain(webhookDrain);
	}

}
