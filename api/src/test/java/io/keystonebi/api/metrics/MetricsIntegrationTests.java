package io.keystonebi.api.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.api.sync.SyncMetrics;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus and the log collector get from a running application: latency histograms by URI template, job
 * timings and failures, misfire counters, the scrape token, JSON log lines naming the request id, and every
 * series the Grafana dashboard draws. One class on purpose: its context alone writes the JSON log file, and a
 * context shared with another class could find the logging set up by whichever context started last.
 */
@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,info,prometheus",
				"bi.api.metrics.scrape-token=" + MetricsIntegrationTests.SCRAPE_TOKEN,
				"logging.structured.format.file=ecs", "logging.file.name=" + MetricsIntegrationTests.LOG_FILE })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FailingProbeJob.class)
class MetricsIntegrationTests {

	static final String SCRAPE_TOKEN = "scrape-7Qk2.test";

	static final String LOG_FILE = "target/metrics-tests/keystone.json.log";

	private static final Path DASHBOARD = Path.of("..", "docs", "grafana", "keystone-bi.json");

	// Built separately: the cache that emits it is not part of this application yet.
	private static final Set<String> LANDING_SEPARATELY = Set.of("bi_cache_requests_total");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("failingProbeJob")
	Job failingProbe;

	@Autowired
	SyncMetrics syncMetrics;

	@Autowired
	Jdbi jdbi;

	@Autowired
	ApplicationContext context;

	@Test
	void requestLatencyIsAHistogramWithTheSloBucketsPerUriTemplate() throws Exception {
		String series = "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\","
				+ "outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/v1/admin/imports/{id}\"}";
		double before = scrape().valueOrZero(series);

		String admin = TestSignIn.admin(this.context, this.port);
		assertThat(get("/api/v1/admin/imports/101", "X-Probe", "1", "Authorization", admin).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/admin/imports/202", "X-Probe", "2", "Authorization", admin).statusCode()).isEqualTo(404);

		Scrape scrape = scrape();
		assertThat(scrape.value(series)).isEqualTo(before + 2);
		assertThat(scrape.lines("http_server_requests_seconds_bucket", "uri=\"/api/v1/admin/imports/{id}\"")
			.stream()
			.map((line) -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
			.distinct()).containsExactlyInAnyOrder("0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0",
					"+Inf");
		assertThat(scrape.lines("uri=\"/api/v1/admin/imports/101\"")).isEmpty();
		assertThat(scrape.lines("uri=\"/api/v1/admin/imports/202\"")).isEmpty();
	}

	@Test
	void everyJobRunIsTimedByNameAndStatusAndFailuresAreCountedPerJob() throws Exception {
		String failures = "bi_jobs_failures_total{job=\"" + FailingProbeJob.NAME + "\"}";
		String failedRuns = "spring_batch_job_seconds_count{error=\"none\","
				+ "spring_batch_job_name=\"failingProbe\",spring_batch_job_status=\"FAILED\"}";
		String rebuilds = "spring_batch_job_seconds_count{error=\"none\",spring_batch_job_name=\"rollupRebuild\","
				+ "spring_batch_job_status=\"COMPLETED\"}";
		Scrape before = scrape();

		assertThat(this.jobOperator
			.start(this.failingProbe, new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
				.toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(post("/api/v1/admin/rollups/rebuild", "X-Probe", "rebuild").statusCode()).isEqualTo(200);

		Scrape after = scrape();
		assertThat(after.value(failures)).isEqualTo(before.value(failures) + 1);
		assertThat(after.value(failedRuns)).isEqualTo(before.valueOrZero(failedRuns) + 1);
		assertThat(after.value(rebuilds)).isEqualTo(before.valueOrZero(rebuilds) + 1);
		assertThat(after.value("bi_jobs_failures_total{job=\"rollupRebuild\"}")).isZero();
	}

	@Test
	void everyScheduledTriggerHasAMisfireCounterFromTheStart() throws Exception {
		Scrape scrape = scrape();
		// The triggers of the jobs module's schedule configurations.
		for (String trigger : List.of("ghlWebhookDrain", "rollupRefresh", "rollupRebuild", "ghlFullSync",
				"ghlIncrementalSync", "housekeeping")) {
			assertThat(scrape.value("bi_jobs_misfires_total{trigger=\"" + trigger + "\"}")).as(trigger).isZero();
		}
	}

	@Test
	void onlyAScrapeWithTheTokenIsAnswered() throws Exception {
		// Refused before any endpoint is chosen, so under no URI template of its own.
		String refusals = "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\","
				+ "outcome=\"CLIENT_ERROR\",status=\"401\",uri=\"UNKNOWN\"}";
		double refusedBefore = scrape().valueOrZero(refusals);

		HttpResponse<String> without = get("/actuator/prometheus");
		HttpResponse<String> wrong = get("/actuator/prometheus", "Authorization", "Bearer not-" + SCRAPE_TOKEN);
		HttpResponse<String> right = get("/actuator/prometheus", "Authorization", "Bearer " + SCRAPE_TOKEN);

		for (HttpResponse<String> refused : List.of(without, wrong)) {
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
			assertThat(JSON.readTree(refused.body()).get("title").asString()).isEqualTo("Scrape token required");
		}
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("# TYPE jvm_info gauge");
		assertThat(new Scrape(right.body()).value(refusals)).isEqualTo(refusedBefore + 2);
	}

	@Test
	void aLineLoggedWhileARequestIsHandledIsJsonNamingTheAnsweredRequestId() throws Exception {
		String given = "json-log-" + UUID.randomUUID();
		HttpResponse<String> rebuilt = post("/api/v1/admin/rollups/rebuild", "X-Request-Id", given);
		assertThat(rebuilt.statusCode()).isEqualTo(200);
		String answered = rebuilt.headers().firstValue("X-Request-Id").orElseThrow();

		List<JsonNode> lines = jsonLogLines();
		assertThat(lines).filteredOn((line) -> line.path("message").asString().startsWith("Rebuilt rollups for"))
			.filteredOn((line) -> answered.equals(line.path("request_id").asString()))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.path("log").path("logger").asString())
					.isEqualTo("io.keystonebi.etl.rollups.RollupRefresher");
				assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
			});
		assertThat(answered).isEqualTo(given);
	}

	@Test
	void everyMetricTheGrafanaDashboardDrawsIsExposed() throws Exception {
		this.jdbi.useHandle((handle) -> handle.execute(ClasspathSqlLocator.create().locate(getClass(), "syncedLocation")));
		this.syncMetrics.refresh();
		// Series that only exist once something happened: a request and a job run.
		assertThat(post("/api/v1/admin/rollups/rebuild", "X-Probe", "dashboard").statusCode()).isEqualTo(200);

		JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
		Set<String> queried = new TreeSet<>();
		for (String expression : expressions(dashboard)) {
			Set<String> names = PromQl.metricNames(expression);
			assertThat(names).as("metrics read by " + expression).isNotEmpty();
			queried.addAll(names);
		}

		assertThat(queried).containsAll(LANDING_SEPARATELY);
		queried.removeAll(LANDING_SEPARATELY);
		assertThat(scrapeAfterACollection().names()).containsAll(queried);
		assertThat(dashboard.path("templating").path("list").findValuesAsString("name")).contains("datasource");
	}

	private static List<String> expressions(JsonNode dashboard) {
		List<String> expressions = new ArrayList<>(dashboard.findValuesAsString("expr"));
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			if ("query".equals(variable.path("type").asString())) {
				JsonNode query = variable.path("query");
				expressions.add(query.isObject() ? query.path("query").asString() : query.asString());
			}
		}
		return expressions;
	}

	private static List<JsonNode> jsonLogLines() throws IOException {
		return Files.readAllLines(Path.of(LOG_FILE)).stream().map(JSON::readTree).toList();
	}

	// The GC pause series appear with the first collection after start, which a short test may not see happen;
	// the notification of the one asked for here arrives on another thread.
	private Scrape scrapeAfterACollection() throws Exception {
		System.gc();
		Instant deadline = Instant.now().plusSeconds(10);
		Scrape scrape = scrape();
		while (!scrape.names().contains("jvm_gc_pause_seconds_count") && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			scrape = scrape();
		}
		return scrape;
	}

	private Scrape scrape() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", "Authorization", "Bearer " + SCRAPE_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		return new Scrape(response.body());
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	// The administrator endpoints these tests call need an administrator.
	private HttpResponse<String> post(String path, String... headers) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody())
			.header("Authorization", TestSignIn.admin(this.context, this.port)), headers);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
