package io.keystonebi.sql.pii;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The statements that encrypt and re-encrypt one column at a time. {@code <table>}, {@code <column>} and
 * {@code <digestColumn>} come from {@link EncryptedColumn}, never from input.
 */
@UseClasspathSqlLocator
interface EncryptedColumnsSql {

	/** A row's value before V018. */
	record PlaintextValue(long id, String plaintext) {
	}

	/** A row's list (recipients) before V018. */
	record PlaintextList(long id, List<String> plaintext) {
	}

	/** A row's encrypted value. */
	record EncryptedValue(long id, byte[] encrypted) {
	}

	@SqlQuery("plaintext")
	@RegisterConstructorMapper(PlaintextValue.class)
	List<PlaintextValue> plaintextValues(@Define("table") String table, @Define("column") String column,
			@Bind("limit") int limit);

	@SqlQuery("plaintext")
	@RegisterConstructorMapper(PlaintextList.class)
	List<PlaintextList> plaintextLists(@Define("table") String table, @Define("column") String column,
			@Bind("limit") int limit);

	@SqlBatch
	void encryptPlaintext(@Define("table") String table, @Define("column") String column, @Bind("id") List<Long> ids,
			@Bind("encrypted") List<byte[]> encrypted);

	@SqlBatch
	void encryptPlaintextWithDigest(@Define("table") String table, @Define("column") String column,
			@Define("digestColumn") String digestColumn, @Bind("id") List<Long> ids,
			@Bind("encrypted") List<byte[]> encrypted, @Bind("digest") List<byte[]> digests);

	/** @return up to {@code limit} values after id {@code after} not encrypted under the key of {@code header} */
	@SqlQuery
	@RegisterConstructorMapper(EncryptedValue.class)
	List<EncryptedValue> notUnderKey(@Define("table") String table, @Define("column") String column,
			@Bind("header") byte[] header, @Bind("after") long after, @Bind("limit") int limit);

	/** @return per row, 1 when rewritten, 0 when a writer replaced the value meanwhile */
	@SqlBatch
	int[] reencrypt(@Define("table") String table, @Define("column") String column, @Bind("id") List<Long> ids,
			@Bind("encrypted") List<byte[]> encrypted, @Bind("reencrypted") List<byte[]> reencrypted);

}
