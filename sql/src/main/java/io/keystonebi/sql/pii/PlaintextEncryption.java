package io.keystonebi.sql.pii;

import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.pii.EncryptedColumnsSql.PlaintextList;
import io.keystonebi.sql.pii.EncryptedColumnsSql.PlaintextValue;

/**
 * Encrypts the personal data stored before V018, which that migration moved to {@code *_plaintext} columns, into
 * the encrypted columns and empties the old ones. Runs after every migration ({@link PlaintextEncryptionCallback})
 * and is done in one indexed look-up per column once nothing is left. Each batch commits on its own, so an
 * interrupted pass loses nothing and the next start goes on; several nodes starting at once share the rows.
 */
public final class PlaintextEncryption {

	private final Jdbi jdbi;

	private final FieldCipher cipher;

	private final BlindIndex index;

	public PlaintextEncryption(Jdbi jdbi, FieldCipher cipher, BlindIndex index) {
		this.jdbi = jdbi;
		this.cipher = cipher;
		this.index = index;
	}

	/**
	 * @param batchSize rows per transaction
	 * @return how many values of each column were encrypted (columns with none left out)
	 */
	public List<ColumnCount> run(int batchSize) {
		List<ColumnCount> counts = new ArrayList<>();
		for (EncryptedColumn column : EncryptedColumn.values()) {
			long encrypted = 0;
			int batch;
			do {
				batch = this.jdbi.inTransaction((handle) -> encryptBatch(handle.attach(EncryptedColumnsSql.class), column,
						batchSize));
				encrypted += batch;
			}
			while (batch == batchSize);
			if (encrypted > 0) {
				counts.add(new ColumnCount(column.qualifiedName(), encrypted, 0));
			}
		}
		return counts;
	}

	private int encryptBatch(EncryptedColumnsSql sql, EncryptedColumn column, int batchSize) {
		List<Long> ids = new ArrayList<>();
		List<String> plaintexts = new ArrayList<>();
		if (column.list()) {
			for (PlaintextList row : sql.plaintextLists(column.table(), column.column(), batchSize)) {
				ids.add(row.id());
				Plaintext joined = Plaintext.ofList(row.plaintext());
				plaintexts.add((joined != null) ? joined.value() : null);
			}
		}
		else {
			for (PlaintextValue row : sql.plaintextValues(column.table(), column.column(), batchSize)) {
				ids.add(row.id());
				plaintexts.add(row.plaintext());
			}
		}
		if (ids.isEmpty()) {
			return 0;
		}
		List<byte[]> encrypted = plaintexts.stream().map(this.cipher::encrypt).toList();
		if (column.digestKind() == null) {
			sql.encryptPlaintext(column.table(), column.column(), ids, encrypted);
		}
		else {
			List<byte[]> digests = plaintexts.stream().map((plain) -> this.index.digest(column.digestKind(), plain)).toList();
			sql.encryptPlaintextWithDigest(column.table(), column.column(), column.digestColumn(), ids, encrypted,
					digests);
		}
		return ids.size();
	}

}
