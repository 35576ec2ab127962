package io.keystonebi.etl.ghl.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.ghl.client.GhlPage;

/**
 * Builds the {@code ghlFullSync} and {@code ghlIncrementalSync} jobs for one location: the location, then one
 * chunked step per entity (one page per chunk), then the refresh of the rollup slices the run touched. A fresh
 * job per run keeps readers and writers of locations synced side by side apart; the job repository knows runs
 * by job name and parameters, so a rebuilt job restarts a failed run where it stopped.
 */
final class SyncJobFactory {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final Step rollupRefreshStep;

	SyncJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, Step rollupRefreshStep) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.rollupRefreshStep = rollupRefreshStep;
	}

	/** @return the entities in the order they are read: what others refer to first */
	static List<EntitySync> entities() {
		List<EntitySync> entities = new ArrayList<>(DirectoryEntities.all());
		entities.add(new ContactEntities.Contacts());
		entities.add(new OpportunityEntity());
		entities.addAll(ActivityEntities.all());
		entities.add(new ContactEntities.Notes());
		entities.addAll(ConversationEntities.all());
		return entities;
	}

	/**
	 * @param leaseHeld whether this process still holds the run's lease; one that lost it does not record how the
	 * run ended (the process that took it over records its own run)
	 */
	Job create(SyncRun run, BooleanSupplier leaseHeld) {
		Step location = new StepBuilder("ghlLocation", this.jobRepository)
			.tasklet(new LocationTasklet(run), this.transactionManager)
			.build();
		SimpleJobBuilder job = new JobBuilder(run.mode().jobName(), this.jobRepository)
			.listener(new SyncRunListener(run, leaseHeld))
			.start(location);
		for (EntitySync entity : entities()) {
			job = job.next(step(entity, run));
		}
		return job.next(this.rollupRefreshStep).build();
	}

	private Step step(EntitySync entity, SyncRun run) {
		PageWriter writer = new PageWriter(entity, run);
		return new StepBuilder("ghl." + entity.name(), this.jobRepository).<GhlPage, GhlPage>chunk(1)
			.transactionManager(this.transactionManager)
			.reader(new PageReader(entity, run))
			.writer(writer)
			.listener(writer)
			.build();
	}

}
