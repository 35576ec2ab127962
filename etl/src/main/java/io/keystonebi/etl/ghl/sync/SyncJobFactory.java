package io.keystonebi.etl.ghl.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.ghl.client.GhlPage;

/**
 * Builds the {@code ghlFullSync} and {@code ghlIncrementalSync} jobs for one location: the location, then one
 * chunked step per entity (one page per chunk), then the refresh of the rollup slices the run touched. A fresh
 * job per run keeps readers and writers of locations synced side by side apart; the job repository knows runs
 * by job name and parameters, so a rebuilt job restarts a failed run where it stopped.
 * <p>
 * The entities are read in two parts. First, one after the other, what the others refer to: users, pipelines,
 * tags, custom fields and contacts. Then two flows side by side, within the location's one rate budget: the
 * notes, and everything else. The notes take a request per contact and have little to write, so the rate limit
 * is what holds them back; the other steps write hundreds of rows per request, or wait for each page's cursor
 * before asking for the next, and leave most of the allowance unspent. Side by side the notes spend what the
 * others leave, and the run takes about as long as its requests need at the limit instead of the two parts'
 * sum.
 */
final class SyncJobFactory {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final Step rollupRefreshStep;

	private final WarehouseChanges changes;

	private final ObservationRegistry observations;

	/**
	 * @param changes where the steps announce the locations whose rows they wrote
	 * @param observations where each run is observed ({@code spring.batch.job} timings, failures); the jobs are
	 * built per run rather than as beans, so Spring Batch does not hand them the application's registry itself
	 */
	SyncJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, Step rollupRefreshStep,
			WarehouseChanges changes, ObservationRegistry observations) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.rollupRefreshStep = rollupRefreshStep;
		this.changes = changes;
		this.observations = observations;
	}

	/** @return the entities read first, one after the other, in this order: what the others refer to */
	static List<EntitySync> referenced() {
		List<EntitySync> entities = new ArrayList<>(DirectoryEntities.all());
		entities.add(new ContactEntities.Contacts());
		return entities;
	}

	/** @return the entities read after {@link #referenced()}, beside the notes, in this order */
	static List<EntitySync> besideNotes() {
		List<EntitySync> entities = new ArrayList<>();
		entities.add(new OpportunityEntity());
		entities.addAll(ActivityEntities.all());
		entities.addAll(ConversationEntities.all());
		return entities;
	}

	/**
	 * @param leaseHeld whether this process still holds the run's lease; one that lost it does not record how the
	 * run ended (the process that took it over records its own run)
	 */
	Job create(SyncRun run, BooleanSupplier leaseHeld) {
		Step location = new StepBuilder("ghlLocation", this.jobRepository)
			.tasklet(new LocationTasklet(run, this.changes), this.transactionManager)
			.build();
		FlowBuilder<SimpleFlow> sync = new FlowBuilder<SimpleFlow>("ghlSync").start(location);
		for (EntitySync entity : referenced()) {
			sync = sync.next(step(entity, run));
		}
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ghl-sync-" + run.locationSourceId() + "-");
		Flow sideBySide = new FlowBuilder<SimpleFlow>("ghlNotesBesideTheRest").split(threads)
			.add(flow("ghlNotes", List.of(new ContactEntities.Notes()), run), flow("ghlBesideNotes", besideNotes(), run))
			.build();
		return new JobBuilder(run.mode().jobName(), this.jobRepository).listener(new SyncRunListener(run, leaseHeld))
			.observationRegistry(this.observations)
			.start(sync.next(sideBySide).next(this.rollupRefreshStep).build())
			.end()
			.build();
	}

	private Flow flow(String name, List<EntitySync> entities, SyncRun run) {
		FlowBuilder<SimpleFlow> flow = new FlowBuilder<SimpleFlow>(name).start(step(entities.get(0), run));
		for (EntitySync entity : entities.subList(1, entities.size())) {
			flow = flow.next(step(entity, run));
		}
		return flow.build();
	}

	private Step step(EntitySync entity, SyncRun run) {
		PageWriter writer = new PageWriter(entity, run, this.changes);
		return new StepBuilder("ghl." + entity.name(), this.jobRepository).<GhlPage, GhlPage>chunk(1)
			.transactionManager(this.transactionManager)
			.reader(new PageReader(entity, run))
			.writer(writer)
			.listener(writer)
			.build();
	}

}
