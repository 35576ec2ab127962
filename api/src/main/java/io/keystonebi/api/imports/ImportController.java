package io.keystonebi.api.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.api.web.InvalidRequestParameterException;
import io.keystonebi.etl.imports.ImportFileUnreadableException;
import io.keystonebi.etl.imports.ImportLauncher;
import io.keystonebi.etl.imports.ImportRequest;
import io.keystonebi.etl.imports.ImportRunSummary;
import io.keystonebi.etl.imports.ImportRuns;
import io.keystonebi.sql.imports.QuarantinedRow;

/**
 * Imports uploaded CSV or XLSX files with a named mapping, and shows runs and their quarantined rows. These
 * endpoints are for admins only (they live under {@code /api/v1/admin/}). An upload is kept in
 * {@code bi.etl.upload-directory} so that a failed run can be restarted.
 */
@RestController
@RequestMapping("/api/v1/admin/imports")
@Tag(name = "Imports", description = "Spreadsheet imports and the rows they refused (administrators).")
class ImportController {

	private final ImportLauncher launcher;

	private final ImportRuns runs;

	private final Path uploads;

	ImportController(ImportLauncher launcher, ImportRuns runs, EtlProperties properties) {
		this.launcher = launcher;
		this.runs = runs;
		this.uploads = properties.uploadDirectory();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a CSV or XLSX file",
			description = "Loads the uploaded file into the warehouse with a configured column mapping and waits "
					+ "until it has run. Rows that cannot be loaded are quarantined with their line and reason while "
					+ "the rest load. The upload is kept so that a failed run can be restarted.")
	@ApiResponse(responseCode = "201", description = "The file was imported; the run, with the first rows it "
			+ "quarantined. Location names the run.")
	@ApiResponse(responseCode = "422", description = "The import ran and failed; the problem names the run "
			+ "(run_id), which can be restarted once the cause is fixed.")
	ResponseEntity<ImportRunSummary> importFile(
			@Parameter(description = "The file, CSV or XLSX, at most 200 MB.") @RequestPart("file") MultipartFile file,
			@Parameter(description = "The name of a configured column mapping (bi.etl.mapping-locations), not a "
					+ "path.", example = "crm-accounts") @RequestParam("mapping") String mapping,
			@Parameter(description = "The GHL location id the rows belong to, when the mapping does not name "
					+ "one.", example = "loc-denver") @RequestParam(name = "location", required = false) String location)
			throws IOException {
		String name = UploadNames.displayName(file.getOriginalFilename());
		if (file.isEmpty()) {
			throw new ImportFileUnreadableException("File " + name + " is empty");
		}
		if (mapping.contains("/") || mapping.contains("\\") || mapping.endsWith(".yml") || mapping.endsWith(".yaml")) {
			throw new InvalidRequestParameterException("mapping", mapping,
					"mapping must be the name of a configured mapping, not a path: '" + mapping + "'");
		}
		this.launcher.mapping(mapping);
		Path stored = store(file, name);
		ImportRunSummary summary = this.launcher.run(new ImportRequest(stored.toString(), name, mapping, location, 0));
		if (!summary.run().completed()) {
			throw new ImportRunFailedException(summary);
		}
		return ResponseEntity.created(URI.create("/api/v1/admin/imports/" + summary.run().id())).body(summary);
	}

	@PostMapping("/{id}/restart")
	@Operation(summary = "Restart a failed import",
			description = "Resumes a failed run after the last chunk it committed, from the kept upload.")
	@ApiResponse(responseCode = "200", description = "The run completed this time.")
	@ApiResponse(responseCode = "409", description = "The run completed already, so there is nothing to restart.")
	@ApiResponse(responseCode = "422", description = "The run failed again; the problem names it.")
	ImportRunSummary restart(@Parameter(description = "The import run.", example = "42") @PathVariable long id) {
		ImportRunSummary summary = this.launcher.restart(id);
		if (!summary.run().completed()) {
			throw new ImportRunFailedException(summary);
		}
		return summary;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import run",
			description = "How the run went: its status, rows read, loaded and quarantined, and the first rows it "
					+ "quarantined.")
	ImportRunSummary run(@Parameter(description = "The import run.", example = "42") @PathVariable long id) {
		return this.runs.summary(id);
	}

	@GetMapping("/{id}/quarantine")
	@Operation(summary = "The rows an import refused",
			description = "The run's quarantined rows by line, each with the reason and the row as it was in the "
					+ "file; a page at a time.")
	List<QuarantinedRow> quarantine(@Parameter(description = "The import run.", example = "42") @PathVariable long id,
			@Parameter(description = "How many rows to skip.", example = "0") @RequestParam(defaultValue = "0") long offset,
			@Parameter(description = "How many rows to return, 1 to 1000.", example = "100")
			@RequestParam(defaultValue = "100") int limit) {
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw new InvalidRequestParameterException((offset < 0) ? "offset" : "limit",
					String.valueOf((offset < 0) ? offset : limit),
					"offset must be 0 or more and limit from 1 to 1000, not offset " + offset + " and limit " + limit);
		}
		return this.runs.quarantine(id, offset, limit);
	}

	private Path store(MultipartFile file, String name) throws IOException {
		Files.createDirectories(this.uploads);
		Path stored = this.uploads.resolve(UUID.randomUUID() + "-" + name);
		file.transferTo(stored.toAbsolutePath());
		return stored.toAbsolutePath();
	}

}
