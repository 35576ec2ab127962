package io.keystonebi.reports.render;

import io.keystonebi.reports.ReportsException;

/** The brand logo could not be read as a PNG image. */
public final class BrandLogoUnreadableException extends ReportsException {

	BrandLogoUnreadableException(String location, String problem) {
		super("Cannot use the logo '" + location + "' (bi.reports.branding.logo): " + problem);
	}

}
