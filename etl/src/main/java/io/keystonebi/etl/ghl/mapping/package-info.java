/** GHL JSON to warehouse rows, for the field sets the API sync and the webhook drain have in common. */
package io.keystonebi.etl.ghl.mapping;
