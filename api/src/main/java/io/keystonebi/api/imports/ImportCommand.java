package io.keystonebi.api.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;

import io.keystonebi.api.cli.Command;
import io.keystonebi.etl.EtlException;
import io.keystonebi.etl.imports.ImportLauncher;
import io.keystonebi.etl.imports.ImportRequest;
import io.keystonebi.sql.imports.ImportRun;
import io.keystonebi.etl.imports.ImportRunSummary;

/**
 * {@code import --file=PATH --mapping=NAME|PATH [--location=SOURCE_ID]}: imports one file and prints a summary.
 * Exit codes: 0 loaded (quarantined rows do not fail an import), 1 the import failed, 2 bad arguments.
 */
class ImportCommand implements Command {

	static final String NAME = "import";

	private static final Set<String> OPTIONS = Set.of("file", "mapping", "location");

	private final ImportLauncher launcher;

	ImportCommand(ImportLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
		String usage = usageProblem(args);
		if (usage != null) {
			err.println(usage);
			err.println("Usage: import --file=PATH --mapping=NAME|PATH [--location=SOURCE_ID]");
			return 2;
		}
		String file = args.getOptionValues("file").get(0);
		try {
			ImportRunSummary summary = this.launcher.run(new ImportRequest(file, null,
					args.getOptionValues("mapping").get(0), single(args, "location"), 0));
			print(summary, out);
			if (!summary.run().completed()) {
				err.println("Import failed: " + summary.run().message());
				return 1;
			}
			return 0;
		}
		catch (EtlException ex) {
			err.println("Import failed: " + ex.getMessage());
			return 1;
		}
	}

	private static String usageProblem(ApplicationArguments args) {
		for (String option : args.getOptionNames()) {
			if (!OPTIONS.contains(option) && !option.startsWith("spring.") && !option.startsWith("bi.")
					&& !option.startsWith("logging.")) {
				return "Unknown option --" + option;
			}
		}
		for (String required : List.of("file", "mapping")) {
			if (single(args, required) == null) {
				return "Missing option --" + required + "=...";
			}
		}
		if (args.getNonOptionArgs().size() > 1) {
			return "Unexpected argument '" + args.getNonOptionArgs().get(1) + "'";
		}
		Path file = Path.of(single(args, "file"));
		return Files.isRegularFile(file) ? null : "File " + file + " does not exist";
	}

	private static String single(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		return (values == null || values.isEmpty() || values.get(0).isBlank()) ? null : values.get(0);
	}

	private static void print(ImportRunSummary summary, PrintStream out) {
		ImportRun run = summary.run();
		out.printf("Import run %d of %s with mapping %s into %s: %s%n", run.id(), run.fileName(), run.mappingName(),
				run.target(), run.status());
		out.printf("  rows read %d, loaded %d, quarantined %d%n", run.rowsRead(), run.rowsLoaded(), run.rowsQuarantined());
		if (!summary.quarantineSample().isEmpty()) {
			out.println("  quarantined rows (first " + summary.quarantineSample().size() + "):");
			summary.quarantineSample()
				.forEach((row) -> out.printf("    line %d: %s%n", row.lineNumber(), row.reason()));
		}
	}

}
