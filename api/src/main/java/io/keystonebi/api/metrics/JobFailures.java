package io.keystonebi.api.metrics;

import java.util.Collection;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Counts failed Spring Batch runs per job ({@code bi.jobs.failures}, tag {@code job}) from the observation Spring
 * Batch makes of every run, the same one that times it ({@code spring.batch.job}, by name and exit status). The
 * timer already tells failures apart; this counter exists at zero for every known job from the start, because
 * Prometheus's {@code increase()} cannot see the first failure of a series that only appears with it.
 */
final class JobFailures implements ObservationHandler<Observation.Context> {

	static final String OBSERVATION = "spring.batch.job";

	private static final String NAME = "spring.batch.job.name";

	private static final String STATUS = "spring.batch.job.status";

	private final MeterRegistry meters;

	JobFailures(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Makes each job's counter exist at zero. */
	void register(Collection<String> jobNames) {
		jobNames.forEach(this::counter);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return OBSERVATION.equals(context.getName());
	}

	@Override
	public void onStop(Observation.Context context) {
		KeyValue name = context.getLowCardinalityKeyValue(NAME);
		KeyValue status = context.getLowCardinalityKeyValue(STATUS);
		boolean failed = context.getError() != null || (status != null && "FAILED".equals(status.getValue()));
		if (name != null && failed) {
			counter(name.getValue()).increment();
		}
	}

	private Counter counter(String job) {
		return Counter.builder("bi.jobs.failures")
			.description("Spring Batch runs that ended FAILED, per job")
			.tag("job", job)
			.register(this.meters);
	}

}
