package io.keystonebi.reports.test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.keystonebi.reports.kpi.KpiConfiguration;
import io.keystonebi.reports.panels.PanelsConfiguration;
import io.keystonebi.sql.WarehouseConfiguration;

/**
 * The smallest application that computes dashboard panels: the warehouse, the KPI clock and settings, and every
 * page's {@code PanelSource} and service that {@link PanelsConfiguration} finds in the reports module.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ WarehouseConfiguration.class, KpiConfiguration.class, PanelsConfiguration.class })
public class PanelsTestApplication {

}
