package io.keystonebi.api.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bi.etl.upload-directory=${java.io.tmpdir}/keystone-import-tests")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ImportApiIntegrationTests {

	static final String AGENTS = """
			sales_agent,manager,regional_office
			Ann Lee,Mia Boss,West
			Bob Ray,Mia Boss,West
			,Mia Boss,West
			""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportCommand command;

	@TempDir
	Path directory;

	RestClient client() {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader("Authorization", TestSignIn.admin(this.context, this.port))
			.build();
	}

	ResponseEntity<Map<String, Object>> upload(String name, String content, String mapping) throws Exception {
		Path file = this.directory.resolve(name);
		Files.writeString(file, content);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		parts.add("mapping", mapping);
		return client().post()
			.uri("/api/v1/admin/imports")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.body(response.bodyTo(new ParameterizedTypeReference<Map<String, Object>>() {
				})), true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anUploadedFileIsImportedAndItsRunAndQuarantineCanBeRead() throws Exception {
		ResponseEntity<Map<String, Object>> created = upload("teams.csv", AGENTS, "crm-agents");

		assertThat(created.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(201));
		Map<String, Object> run = (Map<String, Object>) created.getBody().get("run");
		assertThat(run).containsEntry("file_name", "teams.csv")
			.containsEntry("status", "completed")
			.containsEntry("rows_read", 3)
			.containsEntry("rows_loaded", 2)
			.containsEntry("rows_quarantined", 1);
		assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/admin/imports/" + run.get("id"));

		Map<String, Object> fetched = client().get()
			.uri(created.getHeaders().getLocation().toString())
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		assertThat((Map<String, Object>) fetched.get("run")).containsEntry("rows_loaded", 2);
		List<Map<String, Object>> quarantine = client().get()
			.uri(created.getHeaders().getLocation() + "/quarantine")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		assertThat(quarantine).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("line_number", 4)
				.containsEntry("reason", "column 'sales_agent': missing required value")
				.containsEntry("raw_row", ",Mia Boss,West"));
	}

	@Test
	void aFileWithoutAMappedColumnGetsAProblemNamingTheColumn() throws Exception {
		ResponseEntity<Map<String, Object>> response = upload("agents.csv", "agent,manager\nAnn,Mia\n", "crm-agents");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(422));
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).containsEntry("detail",
				"Column 'sales_agent' of mapping crm-agents is not in file agents.csv (its columns: agent, manager)");
	}

	@Test
	void anUnknownMappingOrRunGetsAProblemNamingIt() throws Exception {
		ResponseEntity<Map<String, Object>> response = upload("agents.csv", AGENTS, "crm-agent");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(400));
		assertThat((String) response.getBody().get("detail")).startsWith("No mapping named 'crm-agent'");
		ResponseEntity<Map<String, Object>> path = upload("agents.csv", AGENTS, "../../etc/mapping.yml");
		assertThat(path.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(400));
		assertThat(path.getBody()).containsEntry("detail",
				"mapping must be the name of a configured mapping, not a path: '../../etc/mapping.yml'");
		ResponseEntity<Map<String, Object>> missing = client().get()
			.uri("/api/v1/admin/imports/987654")
			.exchange((request, reply) -> ResponseEntity.status(reply.getStatusCode())
				.body(reply.bodyTo(new ParameterizedTypeReference<Map<String, Object>>() {
				})), true);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(404));
		assertThat(missing.getBody()).containsEntry("detail", "No import run with id 987654");
	}

	@Test
	void theImportCommandPrintsASummaryAndReturnsExitCodes() throws Exception {
		Path file = this.directory.resolve("products.csv");
		Files.writeString(file, "product,series,sales_price\nGTX Basic,GTX,550\nMG Special,MG,cheap\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int loaded = this.command.run(new DefaultApplicationArguments("import", "--file=" + file,
				"--mapping=crm-property-types"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int missing = this.command.run(new DefaultApplicationArguments("import", "--file=" + file),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		int failed = this.command.run(new DefaultApplicationArguments("import", "--file=" + file, "--mapping=crm-agents"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(loaded).isZero();
		assertThat(missing).isEqualTo(2);
		assertThat(failed).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("rows read 2, loaded 1, quarantined 1")
			.contains("line 3: column 'sales_price': not a number: 'cheap'");
		assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("Missing option --mapping=...",
				"Usage: import --file=PATH --mapping=NAME|PATH [--location=SOURCE_ID]",
				"Import failed: Column 'sales_agent' of mapping crm-agents is not in file products.csv "
						+ "(its columns: product, series, sales_price)");
	}

}
