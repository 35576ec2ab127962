package io.keystonebi.etl.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.imports.ImportLauncher;
import io.keystonebi.etl.imports.ImportRequest;
import io.keystonebi.sql.imports.ImportRun;
import io.keystonebi.etl.imports.ImportRuns;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.read.SourceFile;

/**
 * Imports the demo data set through the ordinary import job when the application starts and the demo location
 * does not exist yet. Each rebase group (crm, olist, kingcounty) is shifted by whole days so its newest record
 * falls on today in the location's time zone, which keeps "this month" dashboards populated. It runs once all
 * beans exist but before the web server opens, so nobody is shown a half-loaded demo.
 */
public class DemoDataLoader implements SmartInitializingSingleton {

	/** The source id of the demo location, as the demo mappings name it. */
	public static final String DEMO_LOCATION = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final ImportLauncher launcher;

	private final ImportRuns runs;

	private final EtlProperties properties;

	private final Clock clock;

	public DemoDataLoader(ImportLauncher launcher, ImportRuns runs, EtlProperties properties, Clock clock) {
		this.launcher = launcher;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.demo().enabled()) {
			return;
		}
		if (this.runs.hasLocation(DEMO_LOCATION)) {
			log.info("Demo data: location '{}' exists, nothing imported", DEMO_LOCATION);
			return;
		}
		load();
	}

	/** Imports every demo file, rebasing dates when configured. */
	public void load() {
		Map<String, Long> shifts = this.properties.demo().rebaseDates() ? shifts() : Map.of();
		for (DemoFile file : DemoFile.ALL) {
			Mapping mapping = this.launcher.mapping(file.mapping());
			long shift = shifts.getOrDefault(mapping.rebase(), 0L);
			long started = System.nanoTime();
			ImportRun run = this.launcher.run(new ImportRequest(file.location(), file.fileName(), file.mapping(), null,
					shift)).run();
			long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
			log.info("Demo data: {} -> {}: {} read, {} loaded, {} quarantined in {} ms ({} rows/s), dates shifted {} days{}",
					file.fileName(), mapping.target().mappingName(), run.rowsRead(), run.rowsLoaded(),
					run.rowsQuarantined(), millis, run.rowsRead() * 1000 / millis, shift,
					run.completed() ? "" : ", FAILED: " + run.message());
		}
	}

	private Map<String, Long> shifts() {
		Map<String, List<DateRebase.Mapped>> groups = new LinkedHashMap<>();
		Map<String, ZoneId> zones = new LinkedHashMap<>();
		for (DemoFile file : DemoFile.ALL) {
			Mapping mapping = this.launcher.mapping(file.mapping());
			if (mapping.rebase() != null) {
				groups.computeIfAbsent(mapping.rebase(), (group) -> new java.util.ArrayList<>())
					.add(new DateRebase.Mapped(new SourceFile(file.location(), file.fileName()), mapping));
				zones.putIfAbsent(mapping.rebase(), ZoneId.of(mapping.location().timezone()));
			}
		}
		Map<String, Long> shifts = new LinkedHashMap<>();
		for (Map.Entry<String, List<DateRebase.Mapped>> group : groups.entrySet()) {
			LocalDate today = LocalDate.now(this.clock.withZone(zones.get(group.getKey())));
			try {
				shifts.put(group.getKey(), DateRebase.daysToShift(group.getValue(), today));
			}
			catch (Exception ex) {
				throw new DemoDataUnreadableException(group.getKey(), ex);
			}
		}
		return shifts;
	}

}
