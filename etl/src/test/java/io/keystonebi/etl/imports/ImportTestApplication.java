package io.keystonebi.etl.imports;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.keystonebi.sql.WarehouseConfiguration;

/** The smallest application that runs imports: warehouse, Flyway, Spring Batch and the import job. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ WarehouseConfiguration.class, ImportConfiguration.class })
public class ImportTestApplication {

}
