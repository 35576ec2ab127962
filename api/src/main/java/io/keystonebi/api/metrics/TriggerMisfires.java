package io.keystonebi.api.metrics;

import java.util.Collection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;

/**
 * Counts Quartz misfires per trigger ({@code bi.jobs.misfires}, tag {@code trigger}): a trigger that could not fire
 * on time because every scheduler thread was busy or no node was running. A steady rate means jobs overrun their
 * interval. Each configured trigger's counter exists at zero from the start.
 */
final class TriggerMisfires implements TriggerListener {

	private final MeterRegistry meters;

	TriggerMisfires(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Makes each trigger's counter exist at zero. */
	void register(Collection<Trigger> triggers) {
		triggers.forEach((trigger) -> counter(trigger.getKey().getName()));
	}

	@Override
	public String getName() {
		return "misfire-metrics";
	}

	@Override
	public void triggerMisfired(Trigger trigger) {
		counter(trigger.getKey().getName()).increment();
	}

	@Override
	public void triggerFired(Trigger trigger, JobExecutionContext context) {
	}

	@Override
	public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
		return false;
	}

	@Override
	public void triggerComplete(Trigger trigger, JobExecutionContext context,
			CompletedExecutionInstruction instruction) {
	}

	private Counter counter(String trigger) {
		return Counter.builder("bi.jobs.misfires")
			.description("Quartz triggers that missed their fire time, per trigger")
			.tag("trigger", trigger)
			.register(this.meters);
	}

}
