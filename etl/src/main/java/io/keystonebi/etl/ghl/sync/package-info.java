/** The GHL API syncs: a nightly full read and a 15-minute incremental read per connected location. */
package io.keystonebi.etl.ghl.sync;
