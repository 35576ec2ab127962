package io.keystonebi.api.rollups;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import io.keystonebi.api.cli.Command;

/**
 * {@code rebuild-rollups}: rebuilds every rollup slice from the base tables, as the nightly job does.
 * Exit codes: 0 rebuilt, 1 the rebuild failed, 2 unexpected arguments.
 */
@Component
class RebuildRollupsCommand implements Command {

	private final RollupRebuilds rebuilds;

	RebuildRollupsCommand(RollupRebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@Override
	public String name() {
		return "rebuild-rollups";
	}

	@Override
	public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
		if (args.getNonOptionArgs().size() > 1) {
			err.println("rebuild-rollups takes no arguments, got: " + args.getNonOptionArgs().subList(1,
					args.getNonOptionArgs().size()));
			return 2;
		}
		try {
			RollupRunResult result = this.rebuilds.rebuild();
			if (!"COMPLETED".equals(result.status())) {
				err.println("Rollup rebuild " + result.status() + ": " + result.failure());
				return 1;
			}
			out.printf("Rebuilt rollups for %d location-days in %d ms (job execution %d)%n", result.daysRebuilt(),
					Duration.between(result.startedAt(), result.endedAt()).toMillis(), result.jobExecutionId());
			return 0;
		}
		catch (Exception ex) {
			err.println("Rollup rebuild failed: " + ex.getMessage());
			return 1;
		}
	}

}
