package io.keystonebi.etl;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring Batch's job repository settings that every application running our jobs needs, as defaults that any
 * configuration still overrides.
 * <p>
 * Spring Batch creates job and step executions in serializable transactions. PostgreSQL's serializable
 * isolation refuses one of two such transactions that read overlapping ranges of the batch tables, even when
 * they belong to different jobs (a sync of one location and a sync of another, or a webhook drain), and the
 * refused step fails its whole run. Read committed is enough: a job instance is unique by the table's own key,
 * and runs of the same location never overlap because each holds its sync lease.
 */
public class BatchRepositoryDefaults implements EnvironmentPostProcessor {

	static final String ISOLATION_PROPERTY = "spring.batch.jdbc.isolation-level-for-create";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("keystone-batch-defaults", Map.of(ISOLATION_PROPERTY, "read_committed")));
	}

}
