/**
 * GoHighLevel webhooks: signature verification, the inbox deliveries are stored in, and the drain job that
 * applies stored events to the warehouse in micro-batches.
 */
package io.keystonebi.etl.ghl.webhooks;
