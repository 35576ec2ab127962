package io.keystonebi.sql;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The warehouse's data source (configured server or embedded PostgreSQL) and JDBI over it. The proxy makes
 * JDBI join Spring-managed transactions (Spring Batch chunks, {@code @Transactional} services) instead of
 * committing on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class WarehouseConfiguration {

	@Bean(destroyMethod = "close")
	public DataSource dataSource(DatabaseProperties properties) {
		return WarehouseDataSource.create(properties);
	}

	@Bean
	public Jdbi jdbi(DataSource dataSource) {
		return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin());
	}

}
