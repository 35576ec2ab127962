package io.keystonebi.etl.imports;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A database trigger that makes writing market sale S5 fail while armed: a real failure in the middle of a job. */
@UseClasspathSqlLocator
interface FailureSwitch {

	@SqlUpdate
	void createSwitch();

	@SqlUpdate
	void createFunction();

	@SqlUpdate
	void createTrigger();

	@SqlUpdate
	void arm();

	@SqlUpdate
	void disarm();

	default void install() {
		createSwitch();
		createFunction();
		createTrigger();
	}

}
