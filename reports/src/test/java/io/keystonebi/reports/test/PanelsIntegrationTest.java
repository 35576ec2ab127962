package io.keystonebi.reports.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.sql.test.TestDatabaseInitializer;

/** A panels test: its own fresh database with every migration, no jobs, the panel sources of the module. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = PanelsTestApplication.class,
		properties = { "spring.batch.jdbc.initialize-schema=never", "spring.flyway.locations=classpath:db/migration",
				"spring.main.web-application-type=none" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PanelsIntegrationTest {

}
