package io.keystonebi.etl.imports.load;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import io.keystonebi.etl.imports.targets.Field;
import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.SearchKind;

/**
 * Encrypts a row's personal fields before it is staged, so the staging table and the warehouse only ever hold
 * cipher text: each such field becomes its cipher text, followed by its search digest where the target keeps one.
 * Done in Java because COPY bypasses the Jdbi that encrypts the other writers' values.
 */
final class EncryptedFields {

	private final FieldCipher cipher;

	private final BlindIndex index;

	private final int[] positions;

	private final SearchKind[] searches;

	private final int stagedWidth;

	EncryptedFields(List<Field> fields, FieldCipher cipher, BlindIndex index) {
		this.cipher = cipher;
		this.index = index;
		this.positions = IntStream.range(0, fields.size())
			.filter((i) -> fields.get(i).encrypted())
			.toArray();
		this.searches = Arrays.stream(this.positions)
			.mapToObj((i) -> fields.get(i).search())
			.toArray(SearchKind[]::new);
		this.stagedWidth = fields.size() + (int) Arrays.stream(this.searches).filter(Objects::nonNull).count();
	}

	/** @return the values in staging-column order; the same array when the target has no encrypted field */
	Object[] staged(Object[] values) {
		if (this.positions.length == 0) {
			return values;
		}
		Object[] staged = new Object[this.stagedWidth];
		int out = 0;
		int next = 0;
		for (int i = 0; i < values.length; i++) {
			if (next < this.positions.length && this.positions[next] == i) {
				String plaintext = (String) values[i];
				staged[out++] = this.cipher.encrypt(plaintext);
				if (this.searches[next] != null) {
					staged[out++] = this.index.digest(this.searches[next], plaintext);
				}
				next++;
			}
			else {
				staged[out++] = values[i];
			}
		}
		return staged;
	}

}
