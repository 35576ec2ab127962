package io.keystonebi.sql.pii;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Contacts by the search digest of their e-mail or phone (the Jdbi computes it from the {@link SearchTerm}). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ContactSearchSql.EncryptedContact.class)
interface ContactSearchSql {

	/** A contact as stored: e-mail and phone still encrypted. */
	record EncryptedContact(long id, long locationId, String sourceId, String name, byte[] email, byte[] phone) {
	}

	@SqlQuery
	List<EncryptedContact> byEmail(@Bind("email") SearchTerm email);

	@SqlQuery
	List<EncryptedContact> byPhone(@Bind("phone") SearchTerm phone);

}
