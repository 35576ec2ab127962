package io.keystonebi.sql.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.pii.EncryptedColumnsSql.EncryptedValue;

/**
 * Re-encrypts every stored value that is not under the active key, column by column in batches, so a key can be
 * retired. Each batch commits on its own and a value is only rewritten if no writer replaced it meanwhile; a pass
 * that stops part-way is resumed by running it again (what it rewrote is under the active key and is skipped).
 * Search digests do not change: they depend on the search key only.
 */
public final class KeyRotation {

	private final Jdbi jdbi;

	private final FieldCipher cipher;

	public KeyRotation(Jdbi jdbi, FieldCipher cipher) {
		this.jdbi = jdbi;
		this.cipher = cipher;
	}

	/**
	 * @param batchSize values read and rewritten per transaction
	 * @param done told each column's counts as soon as the column is finished
	 * @return every column's counts
	 * @throws PersonalDataUnreadableException naming the column and row of a value no configured key decrypts;
	 * the batches before it stay committed
	 */
	public List<ColumnCount> reencrypt(int batchSize, Consumer<ColumnCount> done) {
		List<ColumnCount> counts = new ArrayList<>();
		for (EncryptedColumn column : EncryptedColumn.values()) {
			ColumnCount count = reencrypt(column, batchSize);
			done.accept(count);
			counts.add(count);
		}
		return counts;
	}

	private ColumnCount reencrypt(EncryptedColumn column, int batchSize) {
		byte[] header = this.cipher.activeHeader();
		long after = 0;
		long rewritten = 0;
		long replaced = 0;
		List<EncryptedValue> batch;
		do {
			long from = after;
			batch = this.jdbi.withExtension(EncryptedColumnsSql.class,
					(sql) -> sql.notUnderKey(column.table(), column.column(), header, from, batchSize));
			if (batch.isEmpty()) {
				break;
			}
			List<Long> ids = batch.stream().map(EncryptedValue::id).toList();
			List<byte[]> old = batch.stream().map(EncryptedValue::encrypted).toList();
			List<byte[]> fresh = batch.stream().map((row) -> reencrypt(column, row)).toList();
			int[] updated = this.jdbi.inTransaction((handle) -> handle.attach(EncryptedColumnsSql.class)
				.reencrypt(column.table(), column.column(), ids, old, fresh));
			for (int rows : updated) {
				rewritten += rows;
				replaced += 1 - rows;
			}
			after = ids.get(ids.size() - 1);
		}
		while (batch.size() == batchSize);
		return new ColumnCount(column.qualifiedName(), rewritten, replaced);
	}

	private byte[] reencrypt(EncryptedColumn column, EncryptedValue row) {
		try {
			return this.cipher.encrypt(this.cipher.decrypt(row.encrypted()));
		}
		catch (PersonalDataUnreadableException ex) {
			throw new PersonalDataUnreadableException(column.qualifiedName() + " of row " + row.id() + ": "
					+ ex.getMessage(), ex);
		}
	}

}
