package io.keystonebi.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * Marks an operation that returns or changes one object that belongs to a data scope (an agent's contact, a
 * team, ...): an agent or manager asking for one outside their scope must get 404, never the object. The API
 * documentation carries it as {@code x-scoped-object}, and the role matrix test asks for such an object of
 * another scope with every role.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ScopedObject {

	/** @return the path parameter that names the object */
	String parameter();

	/** @return what kind of object it names */
	Kind kind();

	/** The kinds of scoped object, each with its own way of telling whose it is. */
	enum Kind {

		/** A warehouse user who is an agent: in an agent's scope only themselves, in a manager's their team. */
		AGENT,

		/** A team: in a manager's scope only their own. */
		TEAM,

		/** A contact (lead or customer), by the agent it is assigned to. */
		CONTACT,

		/** An opportunity (deal), by the agent it is assigned to. */
		OPPORTUNITY;

		/** @return the name the API documentation uses, e.g. {@code contact} */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
