package io.keystonebi.api.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

import io.keystonebi.sql.WarehouseException;
import io.keystonebi.sql.pii.ColumnCount;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.KeyRotation;

/**
 * {@code reencrypt-personal-data [--batch-size=N]}: re-encrypts every stored personal value that is not under the
 * active key ({@code bi.database.encryption.active-key}), printing each column's count as it finishes, so the old
 * key can be removed from the configuration. Each batch commits on its own: a run that stops is finished by
 * running it again. Exit codes: 0 every value is under the active key, 1 a value could not be re-encrypted (the
 * message names its column and row), 2 bad arguments.
 */
class ReencryptPersonalDataCommand implements Command {

	static final String NAME = "reencrypt-personal-data";

	static final int DEFAULT_BATCH_SIZE = 1000;

	private final KeyRotation rotation;

	private final FieldCipher cipher;

	ReencryptPersonalDataCommand(KeyRotation rotation, FieldCipher cipher) {
		this.rotation = rotation;
		this.cipher = cipher;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
		Integer batchSize = batchSize(args, err);
		if (batchSize == null) {
			err.println("Usage: " + NAME + " [--batch-size=N]");
			return 2;
		}
		out.printf("Re-encrypting personal data under key %s, %d values per batch%n", this.cipher.activeKeyId(),
				batchSize);
		try {
			List<ColumnCount> counts = this.rotation.reencrypt(batchSize, (count) -> out.printf(
					"  %-24s %,d re-encrypted%s%n", count.column(), count.rewritten(),
					(count.replaced() > 0) ? String.format(", %,d rewritten by a writer meanwhile", count.replaced()) : ""));
			long total = counts.stream().mapToLong(ColumnCount::rewritten).sum();
			out.printf("Done: %,d values re-encrypted; every stored value is now under key %s%n", total,
					this.cipher.activeKeyId());
			return 0;
		}
		catch (WarehouseException ex) {
			err.println("Re-encryption stopped: " + ex.getMessage());
			err.println("What was re-encrypted before it stays so; run the command again once the key is configured.");
			return 1;
		}
		catch (RuntimeException ex) {
			// The database went away or refused a statement: the batches before stay committed.
			err.println("Re-encryption stopped: " + ex.getMessage());
			err.println("What was re-encrypted before it stays so; run the command again to go on.");
			return 1;
		}
	}

	private static Integer batchSize(ApplicationArguments args, PrintStream err) {
		if (args.getNonOptionArgs().size() > 1) {
			err.println("Unexpected argument '" + args.getNonOptionArgs().get(1) + "'");
			return null;
		}
		for (String option : args.getOptionNames()) {
			if (!option.equals("batch-size") && !option.startsWith("spring.") && !option.startsWith("bi.")
					&& !option.startsWith("logging.")) {
				err.println("Unknown option --" + option);
				return null;
			}
		}
		List<String> values = args.getOptionValues("batch-size");
		if (values == null || values.isEmpty()) {
			return DEFAULT_BATCH_SIZE;
		}
		try {
			int size = Integer.parseInt(values.get(0).trim());
			if (size > 0) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		err.println("--batch-size must be a positive whole number, not '" + values.get(0) + "'");
		return null;
	}

}
