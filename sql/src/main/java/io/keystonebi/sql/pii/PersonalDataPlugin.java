package io.keystonebi.sql.pii;

import java.sql.Types;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Teaches Jdbi to bind personal values the way the warehouse stores them: a {@link Plaintext} as its cipher text,
 * a {@link SearchTerm} as its search digest, both {@code bytea}. Every writer that binds these types therefore
 * encrypts, whichever module it lives in.
 */
public final class PersonalDataPlugin extends JdbiPlugin.Singleton {

	private final FieldCipher cipher;

	private final BlindIndex index;

	public PersonalDataPlugin(FieldCipher cipher, BlindIndex index) {
		this.cipher = cipher;
		this.index = index;
	}

	@Override
	public void customizeJdbi(Jdbi jdbi) {
		jdbi.registerArgument(new Encrypting(this.cipher));
		jdbi.registerArgument(new Digesting(this.index));
	}

	private static final class Encrypting extends AbstractArgumentFactory<Plaintext> {

		private final FieldCipher cipher;

		Encrypting(FieldCipher cipher) {
			super(Types.BINARY);
			this.cipher = cipher;
		}

		@Override
		protected Argument build(Plaintext value, ConfigRegistry config) {
			byte[] sealed = this.cipher.encrypt(value.value());
			return (position, statement, context) -> statement.setBytes(position, sealed);
		}

	}

	private static final class Digesting extends AbstractArgumentFactory<SearchTerm> {

		private final BlindIndex index;

		Digesting(BlindIndex index) {
			super(Types.BINARY);
			this.index = index;
		}

		@Override
		protected Argument build(SearchTerm value, ConfigRegistry config) {
			byte[] digest = this.index.digest(value.kind(), value.value());
			return (position, statement, context) -> statement.setBytes(position, digest);
		}

	}

}
