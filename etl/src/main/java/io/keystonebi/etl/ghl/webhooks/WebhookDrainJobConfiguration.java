package io.keystonebi.etl.ghl.webhooks;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.sql.ghl.inbox.InboxEvent;

/**
 * The {@value #JOB_NAME} job: a chunked step that claims pending inbox events and applies them, then the
 * refresh of the rollup slices they touched. Its state lives in the inbox, so a failed run needs no restart:
 * the next run claims what is still pending, and applying an event twice writes the same rows.
 */
@Configuration(proxyBeanMethods = false)
class WebhookDrainJobConfiguration {

	static final String JOB_NAME = "ghlWebhookDrain";

	// Step-scoped so every run starts with an empty claim buffer.
	@Bean
	@StepScope
	ItemReader<InboxEvent> ghlWebhookInboxReader(Jdbi jdbi, EtlProperties properties) {
		return new InboxClaimReader(jdbi, properties.ghl().webhooks());
	}

	@Bean
	InboxEventWriter ghlWebhookInboxWriter(Jdbi jdbi, PlatformTransactionManager transactionManager,
			WarehouseChanges warehouseChanges) {
		return new InboxEventWriter(jdbi, new WarehouseEvents(jdbi), transactionManager, warehouseChanges);
	}

	@Bean
	Step ghlWebhookApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EtlProperties properties, ItemReader<InboxEvent> ghlWebhookInboxReader,
			InboxEventWriter ghlWebhookInboxWriter) {
		return new StepBuilder("ghlWebhookApply", jobRepository)
			.<InboxEvent, InboxEvent>chunk(properties.ghl().webhooks().drainBatchSize())
			.transactionManager(transactionManager)
			.reader(ghlWebhookInboxReader)
			.writer(ghlWebhookInboxWriter)
			.build();
	}

	@Bean
	Job ghlWebhookDrainJob(JobRepository jobRepository, Step ghlWebhookApplyStep, Step rollupRefreshStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(ghlWebhookApplyStep).next(rollupRefreshStep).build();
	}

}
