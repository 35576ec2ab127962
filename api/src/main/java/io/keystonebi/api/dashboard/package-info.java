/** The executive dashboard: the summary API and the server-rendered summary page. */
package io.keystonebi.api.dashboard;
