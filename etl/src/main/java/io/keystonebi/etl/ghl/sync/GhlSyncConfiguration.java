package io.keystonebi.etl.ghl.sync;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;
import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.changes.WarehouseChangesConfiguration;
import io.keystonebi.etl.ghl.client.GhlClientConfiguration;
import io.keystonebi.etl.ghl.client.GhlClients;
import io.keystonebi.etl.rollups.RollupConfiguration;

/** The GHL full and incremental syncs and their {@link GhlSyncLauncher}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EtlProperties.class)
@Import({ GhlClientConfiguration.class, RollupConfiguration.class, WarehouseChangesConfiguration.class })
public class GhlSyncConfiguration {

	@Bean
	GhlSyncLauncher ghlSyncLauncher(JobOperator jobOperator, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, @Qualifier("rollupRefreshStep") Step rollupRefreshStep,
			GhlClients ghlClients, Jdbi jdbi, EtlProperties properties, WarehouseChanges changes,
			ObjectProvider<ObservationRegistry> observations) {
		EtlProperties.Ghl.Sync settings = properties.ghl().sync();
		return new GhlSyncLauncher(jobOperator, jobRepository,
				new SyncJobFactory(jobRepository, transactionManager, rollupRefreshStep, changes,
						observations.getIfAvailable(() -> ObservationRegistry.NOOP)),
				new SyncLeases(jdbi, settings.leaseTimeout()), ghlClients, jdbi, settings, Clock.systemUTC());
	}

}
