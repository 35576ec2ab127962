package io.keystonebi.etl.ghl.stub;

/** Where a search response carries its {@code searchAfter} cursor; GHL's documentation and clients disagree. */
public enum SearchAfterPlacement {

	/** On each record as {@code searchAfter} (GHL's Contacts Search document). */
	RECORD,

	/** On each record as {@code sort} (seen by a client of the opportunities search). */
	SORT,

	/** Once, at the top level of the response. */
	TOP_LEVEL

}
