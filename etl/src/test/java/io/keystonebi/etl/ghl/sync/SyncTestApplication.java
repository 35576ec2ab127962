package io.keystonebi.etl.ghl.sync;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.keystonebi.sql.WarehouseConfiguration;

/** The smallest application that runs the GHL syncs: warehouse, Flyway, Spring Batch, client and sync jobs. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ WarehouseConfiguration.class, GhlSyncConfiguration.class })
class SyncTestApplication {

}
