/** The executable application: REST API, HTML dashboard and the wiring of every module. */
package io.keystonebi.api;
