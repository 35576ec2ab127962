package io.keystonebi.reports.delivery;

import io.keystonebi.reports.ReportsException;

/** A delivery was asked for by an id that no delivery has. */
public final class DeliveryNotFoundException extends ReportsException {

	public DeliveryNotFoundException(long id) {
		super("No report delivery has the id " + id);
	}

}
