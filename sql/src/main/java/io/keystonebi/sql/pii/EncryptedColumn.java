package io.keystonebi.sql.pii;

/** Every warehouse column that holds encrypted personal data, with the digest column beside it where there is one. */
enum EncryptedColumn {

	CONTACT_EMAIL("contacts", "email", SearchKind.EMAIL, "email_search"),
	CONTACT_PHONE("contacts", "phone", SearchKind.PHONE, "phone_search"),
	USER_EMAIL("users", "email", SearchKind.EMAIL, "email_search"),
	USER_PHONE("users", "phone", null, null),
	MESSAGE_BODY("messages", "body", SearchKind.BODY, "body_digest"),
	MESSAGE_EMAIL_FROM("messages", "email_from", null, null),
	MESSAGE_EMAIL_TO("messages", "email_to", null, null),
	MESSAGE_EMAIL_CC("messages", "email_cc", null, null),
	MESSAGE_EMAIL_BCC("messages", "email_bcc", null, null),
	MESSAGE_EMAIL_SUBJECT("messages", "email_subject", null, null),
	NOTE_BODY("notes", "body", null, null),
	TASK_BODY("tasks", "body", null, null);

	private final String table;

	private final String column;

	private final SearchKind digestKind;

	private final String digestColumn;

	EncryptedColumn(String table, String column, SearchKind digestKind, String digestColumn) {
		this.table = table;
		this.column = column;
		this.digestKind = digestKind;
		this.digestColumn = digestColumn;
	}

	String table() {
		return this.table;
	}

	String column() {
		return this.column;
	}

	/** @return how the digest beside the column is taken, or null when there is none */
	SearchKind digestKind() {
		return this.digestKind;
	}

	String digestColumn() {
		return this.digestColumn;
	}

	/** @return whether the column holds a list (e-mail recipients), text[] before encryption */
	boolean list() {
		return this == MESSAGE_EMAIL_TO || this == MESSAGE_EMAIL_CC || this == MESSAGE_EMAIL_BCC;
	}

	/** @return {@code table.column}, as reports and errors name it */
	String qualifiedName() {
		return this.table + "." + this.column;
	}

}
