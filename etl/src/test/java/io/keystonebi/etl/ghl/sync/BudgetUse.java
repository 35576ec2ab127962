package io.keystonebi.etl.ghl.sync;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.ghl.stub.GhlStub;

/**
 * How much of one location's GHL allowance a sync used, by the stub's count: the requests that arrived against
 * what the limit would have let through while the location's job ran.
 *
 * @param location the GHL location id
 * @param requests the location's requests that reached the stub
 * @param refused how many of them the stub answered 429
 * @param busiestWindow the most of them within one sliding window
 * @param limit the stub's requests per window
 * @param window the stub's window
 * @param started when the location's job started
 * @param ended when it ended
 */
record BudgetUse(String location, int requests, int refused, int busiestWindow, int limit, Duration window,
		Instant started, Instant ended) {

	/** @return the stub's figures for the location, timed by its last sync job in the repository */
	static BudgetUse of(GhlStub stub, Jdbi jdbi, String location) {
		Job job = lastJob(jdbi, location);
		return new BudgetUse(location, stub.requests(location), stub.rateLimited(location), stub.busiestWindow(location),
				stub.burstLimit(), stub.window(), job.started(), job.ended());
	}

	/** @return the job's run time, from its start to its end */
	Duration elapsed() {
		return Duration.between(this.started, this.ended);
	}

	/** @return requests / (limit x elapsed / window): 1.0 is every request the limit allowed while the job ran */
	double used() {
		return this.requests / (this.limit * (double) elapsed().toNanos() / this.window.toNanos());
	}

	/**
	 * @return requests / the most a sliding window lets arrive in the job's time, {@code limit x (whole windows
	 * + 1)}: stricter than {@link #used()}, which credits nothing for the burst a window allows at the start
	 */
	double usedOfMost() {
		return this.requests / (double) (this.limit * (elapsed().toNanos() / this.window.toNanos() + 1));
	}

	@Override
	public String toString() {
		double seconds = elapsed().toMillis() / 1000.0;
		double window = this.window.toMillis() / 1000.0;
		return String.format(java.util.Locale.ROOT,
				"%s: %,d requests in %.1f s, %d answered 429, budget used %.1f%% (%,d / (%d x %.1f s / %s s)),"
						+ " %.1f%% of the most the window allows in that time (%,d), busiest %s s window %d of %d",
				this.location, this.requests, seconds, this.refused, 100 * used(), this.requests, this.limit, seconds,
				trim(window), 100 * usedOfMost(), this.limit * (elapsed().toNanos() / this.window.toNanos() + 1),
				trim(window), this.busiestWindow, this.limit);
	}

	private static String trim(double seconds) {
		return (seconds == Math.rint(seconds)) ? String.valueOf((long) seconds) : String.valueOf(seconds);
	}

	/**
	 * @return each step's time and the location's requests that arrived while it ran (the notes run beside the
	 * steps after the contacts, so theirs overlap), to show where the budget went unused; then the requests of
	 * each window from the job's start
	 */
	String steps(GhlStub stub, Jdbi jdbi) {
		StringBuilder text = new StringBuilder();
		List<Instant> arrivals = stub.arrivals(this.location);
		for (Step step : steps(jdbi, this.location)) {
			long requests = arrivals.stream()
				.filter((at) -> !at.isBefore(step.started()) && at.isBefore(step.ended()))
				.count();
			double seconds = Duration.between(step.started(), step.ended()).toMillis() / 1000.0;
			text.append(String.format(java.util.Locale.ROOT, "    %-20s %6.1f s %,7d requests (%5.1f/s) %,8d written%n",
					step.name(), seconds, requests, (seconds > 0) ? requests / seconds : 0.0, step.written()));
		}
		int[] slots = new int[(int) (elapsed().toNanos() / this.window.toNanos()) + 1];
		for (Instant at : arrivals) {
			long slot = Duration.between(this.started, at).toNanos() / this.window.toNanos();
			if (slot >= 0 && slot < slots.length) {
				slots[(int) slot]++;
			}
		}
		text.append("    requests per ").append(trim(this.window.toMillis() / 1000.0)).append(" s from the job's start: ")
			.append(java.util.Arrays.toString(slots)).append(System.lineSeparator());
		if (!arrivals.isEmpty()) {
			text.append(String.format(java.util.Locale.ROOT, "    first request %.1f s after the job's start, last %.1f s before its end%n",
					Duration.between(this.started, arrivals.get(0)).toMillis() / 1000.0,
					Duration.between(arrivals.get(arrivals.size() - 1), this.ended).toMillis() / 1000.0));
		}
		return text.toString();
	}

	/** @return the steps of the location's last job: name, start, end, items written */
	static List<Step> steps(Jdbi jdbi, String location) {
		long execution = lastJob(jdbi, location).id();
		return jdbi.withHandle((handle) -> handle.createQuery("""
				select step_name, start_time, end_time, write_count from batch_step_execution
				where job_execution_id = :execution order by step_execution_id""")
			.bind("execution", execution)
			.map((rs, ctx) -> new Step(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
					rs.getLong(4)))
			.list());
	}

	private static Job lastJob(Jdbi jdbi, String location) {
		return jdbi.withHandle((handle) -> handle.createQuery("""
				select e.job_execution_id, e.start_time, e.end_time from batch_job_execution e
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where p.parameter_name = 'location' and p.parameter_value = :location
				order by e.job_execution_id desc limit 1""")
			.bind("location", location)
			.map((rs, ctx) -> new Job(rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
			.one());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	/** One step of a job. */
	record Step(String name, Instant started, Instant ended, long written) {
	}

	private record Job(long id, Instant started, Instant ended) {
	}

}
