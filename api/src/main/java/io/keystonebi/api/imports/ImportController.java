package io.keystonebi.api.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

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
 * endpoints are for admins only once authentication is in place. An upload is kept in
 * {@code bi.etl.upload-directory} so that a failed run can be restarted.
 */
@RestController
@RequestMapping("/api/v1/admin/imports")
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
	ResponseEntity<ImportRunSummary> importFile(@RequestPart("file") MultipartFile file,
			@RequestParam("mapping") String mapping, @RequestParam(name = "location", required = false) String location)
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
	ImportRunSummary restart(@PathVariable long id) {
		ImportRunSummary summary = this.launcher.restart(id);
		if (!summary.run().completed()) {
			throw new ImportRunFailedException(summary);
		}
		return summary;
	}

	@GetMapping("/{id}")
	ImportRunSummary run(@PathVariable long id) {
		return this.runs.summary(id);
	}

	@GetMapping("/{id}/quarantine")
	List<QuarantinedRow> quarantine(@PathVariable long id, @RequestParam(defaultValue = "0") long offset,
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
