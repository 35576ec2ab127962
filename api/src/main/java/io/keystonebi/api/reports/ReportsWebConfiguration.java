package io.keystonebi.api.reports;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.reports.catalogue.MetricCatalogue;
import io.keystonebi.reports.generate.ReportGenerator;
import io.keystonebi.reports.render.ReportRenderers;

/**
 * The report engine the reports API uses: the metric catalogue, the generator and the renderers (whose per-format
 * parts are package-private components of their own package, so they are found by scanning).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = { MetricCatalogue.class, ReportGenerator.class, ReportRenderers.class })
class ReportsWebConfiguration {

}
