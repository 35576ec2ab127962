package io.keystonebi.etl.imports;

import java.util.List;
import io.keystonebi.sql.imports.QuarantinedRow;
import io.keystonebi.sql.imports.ImportRun;

/**
 * An import run with the first rows it quarantined, as shown after an import.
 *
 * @param run the run
 * @param quarantineSample up to a few quarantined rows, by line
 */
public record ImportRunSummary(ImportRun run, List<QuarantinedRow> quarantineSample) {
}
