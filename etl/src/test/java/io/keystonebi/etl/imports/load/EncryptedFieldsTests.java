package io.keystonebi.etl.imports.load;

import org.junit.jupiter.api.Test;

import io.keystonebi.etl.imports.targets.Target;
import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.SearchKind;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;

class EncryptedFieldsTests {

	final FieldCipher cipher = TestEncryption.cipher();

	final BlindIndex index = TestEncryption.blindIndex();

	@Test
	void aContactsEmailAndPhoneAreStagedEncryptedEachFollowedByItsSearchDigest() {
		Object[] values = new Object[Target.CONTACTS.fields().size()];
		values[Target.CONTACTS.indexOf("source_id")] = "C1";
		values[Target.CONTACTS.indexOf("last_name")] = "Doe";
		values[Target.CONTACTS.indexOf("email")] = "Jane@Example.com";
		values[Target.CONTACTS.indexOf("phone")] = "(206) 555-0100";
		values[Target.CONTACTS.indexOf("company_name")] = "Acme";

		Object[] staged = new EncryptedFields(Target.CONTACTS.fields(), this.cipher, this.index).staged(values);

		// source_id, name, first_name, last_name, email, email_search, phone, phone_search, company_name, ...
		assertThat(staged).hasSize(values.length + 2);
		assertThat(staged[0]).isEqualTo("C1");
		assertThat(staged[3]).isEqualTo("Doe");
		assertThat(this.cipher.decrypt((byte[]) staged[4])).isEqualTo("Jane@Example.com");
		assertThat(staged[5]).isEqualTo(this.index.digest(SearchKind.EMAIL, "jane@example.com"));
		assertThat(this.cipher.decrypt((byte[]) staged[6])).isEqualTo("(206) 555-0100");
		assertThat(staged[7]).isEqualTo(this.index.digest(SearchKind.PHONE, "+12065550100"));
		assertThat(staged[8]).isEqualTo("Acme");
	}

	@Test
	void anAgentsPhoneIsStagedEncryptedWithoutADigest() {
		Object[] values = new Object[Target.AGENTS.fields().size()];
		values[Target.AGENTS.indexOf("email")] = "ann@example.com";
		values[Target.AGENTS.indexOf("phone")] = "555-0101";
		values[Target.AGENTS.indexOf("role")] = "user";

		Object[] staged = new EncryptedFields(Target.AGENTS.fields(), this.cipher, this.index).staged(values);

		// source_id, name, first_name, last_name, email, email_search, phone, role, ...
		assertThat(staged).hasSize(values.length + 1);
		assertThat(this.cipher.decrypt((byte[]) staged[6])).isEqualTo("555-0101");
		assertThat(staged[7]).isEqualTo("user");
	}

	@Test
	void aMissingValueStaysNullAndATargetWithoutPersonalDataIsStagedAsItIs() {
		Object[] values = new Object[Target.CONTACTS.fields().size()];

		Object[] staged = new EncryptedFields(Target.CONTACTS.fields(), this.cipher, this.index).staged(values);
		Object[] sales = { "S1" };

		assertThat(staged).hasSize(values.length + 2).containsOnlyNulls();
		assertThat(new EncryptedFields(Target.MARKET_SALES.fields(), this.cipher, this.index).staged(sales)).isSameAs(sales);
	}

}
