package io.keystonebi.reports.catalogue;

/** The fact families, each read by one statement that gives all of its metrics' partial figures at once. */
enum Family {

	DEALS, LEADS, APPOINTMENTS, STAGES, MESSAGES, TARGETS, COSTS, MARKET

}
