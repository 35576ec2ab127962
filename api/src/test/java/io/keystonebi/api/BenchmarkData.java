package io.keystonebi.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the application's benchmarks share: the benchmark brokerage's data and how latencies are printed. */
public final class BenchmarkData {

	private BenchmarkData() {
	}

	/**
	 * @return {@code bench/dashboard-data.sql} (35 agents, 8,000 contacts, 8,800 deals), from the project root or
	 * from a module's folder
	 */
	public static Path brokerage() {
		for (Path candidate : List.of(Path.of("bench/dashboard-data.sql"), Path.of("../bench/dashboard-data.sql"))) {
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("bench/dashboard-data.sql not found; run from the project root");
	}

	/**
	 * @param millis measured latencies
	 * @return their count, p50, p95, p99 and maximum
	 */
	public static String percentiles(List<Double> millis) {
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return "n %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(sorted.length, at(sorted, 0.50),
				at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
	}

	private static double at(double[] sorted, double share) {
		return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)];
	}

}
