package io.keystonebi.sql;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.PersonalDataConfiguration;
import io.keystonebi.sql.pii.PersonalDataPlugin;

/**
 * The warehouse's data source (configured server or embedded PostgreSQL) and JDBI over it. The proxy makes
 * JDBI join Spring-managed transactions (Spring Batch chunks, {@code @Transactional} services) instead of
 * committing on its own. JDBI binds personal values encrypted ({@link PersonalDataPlugin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@Import(PersonalDataConfiguration.class)
public class WarehouseConfiguration {

	@Bean(destroyMethod = "close")
	public DataSource dataSource(DatabaseProperties properties) {
		return WarehouseDataSource.create(properties);
	}

	@Bean
	public Jdbi jdbi(DataSource dataSource, FieldCipher fieldCipher, BlindIndex blindIndex) {
		return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin())
			.installPlugin(new PersonalDataPlugin(fieldCipher, blindIndex));
	}

}
