/**
 * The GoHighLevel API v2 client: authentication (Private Integration Token or OAuth), a rate budget per
 * location, retries, and every paging style the sync jobs need.
 */
package io.keystonebi.etl.ghl.client;
