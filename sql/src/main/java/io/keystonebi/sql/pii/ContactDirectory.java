package io.keystonebi.sql.pii;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.pii.ContactSearchSql.EncryptedContact;

/**
 * Finds contacts by exact e-mail or phone for the dashboard, through the search digests: the database compares
 * digests in an index and decrypts nothing; only the contacts found are decrypted here. Searches span every
 * location, so a caller with a narrower data scope filters by {@link FoundContact#locationId()}. Deleted contacts
 * are not found.
 */
public final class ContactDirectory {

	private final Jdbi jdbi;

	private final FieldCipher cipher;

	public ContactDirectory(Jdbi jdbi, FieldCipher cipher) {
		this.jdbi = jdbi;
		this.cipher = cipher;
	}

	/** @return the contacts with this e-mail address, whatever its case or surrounding spaces */
	public List<FoundContact> byEmail(String email) {
		if (email == null) {
			return List.of();
		}
		return decrypt(this.jdbi.withExtension(ContactSearchSql.class, (sql) -> sql.byEmail(SearchTerm.email(email))));
	}

	/**
	 * @return the contacts with this phone number, however it is spelled ({@code (206) 555-0100},
	 * {@code +1 206 555 0100}; see {@link SearchKind#PHONE})
	 */
	public List<FoundContact> byPhone(String phone) {
		if (phone == null) {
			return List.of();
		}
		return decrypt(this.jdbi.withExtension(ContactSearchSql.class, (sql) -> sql.byPhone(SearchTerm.phone(phone))));
	}

	private List<FoundContact> decrypt(List<EncryptedContact> rows) {
		return rows.stream()
			.map((row) -> new FoundContact(row.id(), row.locationId(), row.sourceId(), row.name(),
					this.cipher.decrypt(row.email()), this.cipher.decrypt(row.phone())))
			.toList();
	}

}
