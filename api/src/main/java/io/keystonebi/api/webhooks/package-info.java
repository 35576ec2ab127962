/** The GoHighLevel webhook endpoint: verified deliveries go into the inbox, everything else gets a problem response. */
package io.keystonebi.api.webhooks;
