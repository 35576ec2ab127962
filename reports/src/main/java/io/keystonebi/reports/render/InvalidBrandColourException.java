package io.keystonebi.reports.render;

import io.keystonebi.reports.ReportsException;

/** A branding colour setting holds something other than a {@code #rrggbb} colour. */
public final class InvalidBrandColourException extends ReportsException {

	InvalidBrandColourException(String setting, String value) {
		super("Invalid colour '" + value + "' for " + setting + ": expected #rrggbb, e.g. #1f3a5f");
	}

}
