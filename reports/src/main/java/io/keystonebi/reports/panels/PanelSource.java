package io.keystonebi.reports.panels;

import java.util.List;

import org.jdbi.v3.core.Handle;

/** The panels of one dashboard page, computed from the warehouse. One bean per page. */
public interface PanelSource {

	/** @return the page's name as in its URL, e.g. {@code pipeline} */
	String page();

	/**
	 * @param handle an open connection; all the page's statements run on it
	 * @param context the period, scope and reporting zone
	 * @return the page's panels in the order it shows them, every one present even when it has no rows
	 */
	List<Panel> panels(Handle handle, PanelContext context);

}
