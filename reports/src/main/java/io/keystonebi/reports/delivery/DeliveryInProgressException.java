package io.keystonebi.reports.delivery;

import io.keystonebi.reports.ReportsException;

/** A delivery was asked to be sent again while a sender is sending it. */
public final class DeliveryInProgressException extends ReportsException {

	public DeliveryInProgressException(long id) {
		super("Report delivery " + id + " is being sent right now; ask again once it has finished");
	}

}
