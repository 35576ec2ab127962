package io.keystonebi.reports.panels;

import java.util.EnumSet;
import java.util.Set;

/** Why a column may be kept from a caller: a viewer sees figures, never personal data or commission. */
public enum Sensitivity {

	/** Figures anyone in scope may see. */
	NONE,

	/** Data about a person: a contact's name, e-mail or phone. */
	PERSONAL,

	/** What an agent earns: GCI, commission, splits. */
	COMMISSION;

	/** @return what a read-only reader (a viewer, an outside recipient) may not see: personal data and commission */
	public static Set<Sensitivity> hiddenFromReadOnly() {
		return EnumSet.of(PERSONAL, COMMISSION);
	}

}
