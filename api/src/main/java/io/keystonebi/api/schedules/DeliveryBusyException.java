package io.keystonebi.api.schedules;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** "Send again" was asked of a delivery a sender is sending right now. */
final class DeliveryBusyException extends ApiException {

	private static final long serialVersionUID = 1L;

	DeliveryBusyException(long id) {
		super(HttpStatus.CONFLICT, "Delivery being sent",
				"Report delivery " + id + " is being sent right now; ask again once it has finished.");
	}

}
