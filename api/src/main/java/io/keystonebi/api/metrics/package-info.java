/**
 * What the application adds to Spring Boot's metrics: failed batch jobs, Quartz misfires, and the scrape token
 * that can guard the Prometheus endpoint.
 */
package io.keystonebi.api.metrics;
