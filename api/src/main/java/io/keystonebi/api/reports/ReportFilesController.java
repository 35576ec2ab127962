package io.keystonebi.api.reports;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.definition.ReportRange;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.reports.scope.DataScope;

/**
 * Reports made for the caller: previews for the builder, files made on demand and their downloads, and the
 * dashboard's executive summary as a file. Viewers may make and download them too; their reports never hold
 * commission or personal data.
 */
@RestController
@Tag(name = "Reports")
class ReportFilesController {

	private static final String SUMMARY_TEMPLATE = "monthly_executive_pack";

	private final ReportMaker maker;

	private final ReportFiles files;

	private final ReportSources sources;

	private final ReportAudiences audiences;

	private final DefinitionChecks checks;

	private final Templates templates;

	private final ReportsProperties properties;

	ReportFilesController(ReportMaker maker, ReportFiles files, ReportSources sources, ReportAudiences audiences,
			DefinitionChecks checks, Templates templates, ReportsProperties properties) {
		this.maker = maker;
		this.files = files;
		this.sources = sources;
		this.audiences = audiences;
		this.checks = checks;
		this.templates = templates;
		this.properties = properties;
	}

	@PostMapping("/api/v1/reports/preview")
	@Operation(operationId = "previewReport", summary = "Preview a report definition",
			description = "Makes the definition in the body for the caller's data scope, as every file of it would "
					+ "show it, without storing anything.")
	@ApiResponse(responseCode = "200", description = "The made report.")
	@ApiResponse(responseCode = "400", description = "A field of the definition is missing or wrong.")
	PreviewResponse preview(@RequestBody JsonNode definition, Caller caller, DataScope scope) {
		ReportDefinition checked = this.checks.check(DefinitionJson.read(definition));
		return PreviewResponse.of(this.maker.make(checked, this.audiences.of(caller, scope)));
	}

	@PostMapping("/api/v1/reports/generate")
	@Operation(operationId = "generateReport", summary = "Make a report file",
			description = "Makes a definition sent in the body, a saved definition the caller may read "
					+ "(definition_id) or a built-in template (template) as a PDF, XLSX or CSV file for the caller's "
					+ "data scope, and keeps it for the caller to download until it expires "
					+ "(bi.reports.downloads.keep-for).")
	@ApiResponse(responseCode = "201", description = "Made; download it at the address given.")
	@ApiResponse(responseCode = "400", description = "The request names no source, several, or a bad one.")
	@ApiResponse(responseCode = "404", description = "The saved definition is not the caller's nor shared with them.")
	ResponseEntity<MadeFile> generate(@RequestBody JsonNode body, Caller caller, DataScope scope) {
		JsonNode format = body.get("format");
		ReportFormat parsed = ReportFormat.parse((format != null && format.isString()) ? format.asString()
				: String.valueOf(format), "format");
		MadeFile file = this.files.make(caller, this.audiences.of(caller, scope), this.sources.of(caller, body),
				parsed);
		return ResponseEntity.created(URI.create(file.download())).body(file);
	}

	@GetMapping("/api/v1/reports/download/{id}")
	@Operation(operationId = "downloadReport", summary = "Download a report file",
			description = "A file the caller made, as an attachment named after the report and its period. "
					+ "Recorded in the audit log as an export.")
	@ApiResponse(responseCode = "200", description = "The file.", content = {
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
					examples = @ExampleObject(value = "%PDF-1.7 ...")),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(value = "PK...")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(
					value = "block,dimension,key,label,metric,unit,value\r\nRevenue,agent,1,Alice Moreno,revenue,money,"
							+ "140000.00\r\n")) })
	@ApiResponse(responseCode = "404", description = "The caller made no file of that id.")
	@ApiResponse(responseCode = "410", description = "The file has expired; make it again.")
	ResponseEntity<byte[]> download(@Parameter(description = "The file.",
			example = "0b9f6a52-3c4e-4d1a-9a57-2f1c0e8d7b61") @PathVariable String id, Caller caller) {
		return this.files.download(caller, id);
	}

	@GetMapping("/api/v1/reports/summary.{format}")
	@Operation(operationId = "exportSummary", summary = "The executive summary as a file",
			description = "The dashboard's executive summary for the period it shows, as a PDF or XLSX file for "
					+ "the caller's data scope; recorded in the audit log as an export. Give either range, or from "
					+ "and to; with neither, the last 30 days.")
	@ApiResponse(responseCode = "200", description = "The file.", content = {
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
					examples = @ExampleObject(value = "%PDF-1.7 ...")),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(value = "PK...")) })
	@ApiResponse(responseCode = "400", description = "The period or format cannot be used.")
	ResponseEntity<byte[]> summary(
			@Parameter(description = "The file format: pdf or xlsx.", example = "pdf") @PathVariable String format,
			@Parameter(description = "A range of the dashboard's selector.", example = "30d")
			@RequestParam(required = false) String range,
			@Parameter(description = "First day (with to).", example = "2026-03-01")
			@RequestParam(required = false) String from,
			@Parameter(description = "Last day, included (with from).", example = "2026-03-20")
			@RequestParam(required = false) String to,
			@Parameter(description = "What changes are measured against, as on the dashboard.", example = "previous")
			@RequestParam(required = false) String compare, Caller caller, DataScope scope) {
		ReportFormat parsed = ReportFormat.parse(format, "format");
		if (parsed == ReportFormat.CSV) {
			throw new InvalidReportParameterException("format", format,
					"the summary is exported as pdf or xlsx");
		}
		SummaryRequest request = SummaryRequest.parse(from, to, range, compare);
		ReportingPeriod period = request.resolve(this.audiences.today(), this.properties);
		ReportDefinition summary = new ReportDefinition("Executive summary", ReportRange.CUSTOM, period.from(),
				period.lastDay(), this.templates.named(SUMMARY_TEMPLATE, "template").blocks());
		MadeFile file = this.files.make(caller, this.audiences.of(caller, scope), new ReportSource(summary, null),
				parsed);
		return this.files.download(caller, file.id());
	}

}
