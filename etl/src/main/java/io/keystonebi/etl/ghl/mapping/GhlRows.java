package io.keystonebi.etl.ghl.mapping;

import java.time.OffsetDateTime;

import io.keystonebi.sql.ghl.warehouse.AppointmentRow;
import io.keystonebi.sql.ghl.warehouse.ContactRow;
import io.keystonebi.sql.ghl.warehouse.NoteRow;
import io.keystonebi.sql.ghl.warehouse.TaskRow;
import io.keystonebi.sql.ghl.warehouse.UserRow;

/**
 * Rows of the GHL objects whose API records and webhook payloads carry the same fields. The caller decides the
 * version's time ({@code sourceUpdatedAt}) and whether it is a delete, because API and webhooks know them
 * differently (a record's own update time vs. the event's time).
 */
public final class GhlRows {

	private GhlRows() {
	}

	/**
	 * @param created used when the record has no {@code dateAdded} (the column is required)
	 */
	public static ContactRow contact(long locationId, GhlRecord c, OffsetDateTime created, OffsetDateTime updatedAt,
			OffsetDateTime deletedAt) {
		OffsetDateTime added = c.time("dateAdded");
		return new ContactRow(locationId, required(c, "id"), name(c), c.text("firstName"), c.text("lastName"),
				c.text("email"), c.text("phone"), c.text("companyName"), c.text("type"), c.text("source"),
				c.text("assignedTo"), c.text("address1", "address"), c.text("city"), c.text("state"),
				c.text("postalCode"), c.text("country"), c.text("timezone"), c.bool("dnd"), c.strings("tags"),
				c.json("attributionSource"), c.json("lastAttributionSource"), (added != null) ? added : created,
				c.time("lastActivity"), updatedAt, deletedAt);
	}

	/** @return the user; the name falls back to first and last name, then e-mail, then id (the column is required) */
	public static UserRow user(long locationId, GhlRecord u, OffsetDateTime updatedAt, OffsetDateTime deletedAt) {
		String id = required(u, "id");
		String name = name(u);
		GhlRecord roles = u.object("roles");
		String role = (u.text("role") != null || roles == null) ? u.text("role") : roles.text("role");
		String fallback = (u.text("email") != null) ? u.text("email") : id;
		return new UserRow(locationId, id, (name != null) ? name : fallback, u.text("firstName"), u.text("lastName"),
				u.text("email"), u.text("phone"), role, updatedAt, deletedAt);
	}

	/** @param a the appointment itself (webhooks nest it in {@code appointment}; unwrap first) */
	public static AppointmentRow appointment(long locationId, GhlRecord a, OffsetDateTime updatedAt,
			OffsetDateTime deletedAt) {
		return new AppointmentRow(locationId, required(a, "id"), a.text("calendarId"), a.text("contactId"),
				a.text("assignedUserId"), a.text("title"), a.text("appointmentStatus", "status"), a.time("startTime"),
				a.time("endTime"), a.time("dateAdded"), updatedAt, deletedAt);
	}

	public static NoteRow note(long locationId, GhlRecord n, OffsetDateTime updatedAt, OffsetDateTime deletedAt) {
		return new NoteRow(locationId, required(n, "id"), n.text("contactId"), n.text("userId"), n.text("body"),
				n.time("dateAdded"), updatedAt, deletedAt);
	}

	/**
	 * @param completed whether the task is done (a TaskComplete event says so by its type)
	 * @param completedAt when, if known (GHL records no completion time)
	 */
	public static TaskRow task(long locationId, GhlRecord t, boolean completed, OffsetDateTime completedAt,
			OffsetDateTime updatedAt, OffsetDateTime deletedAt) {
		return new TaskRow(locationId, required(t, "id"), t.text("contactId"), t.text("assignedTo"), t.text("title"),
				t.text("body"), t.time("dueDate"), completed, completedAt, t.time("dateAdded"), updatedAt, deletedAt);
	}

	/** @return the full name as sent, else first and last name joined, else null */
	public static String name(GhlRecord c) {
		String name = c.text("name", "fullName", "contactName");
		if (name != null) {
			return name;
		}
		String first = c.text("firstName");
		String last = c.text("lastName");
		String joined = (((first != null) ? first : "") + " " + ((last != null) ? last : "")).trim();
		return joined.isEmpty() ? null : joined;
	}

	/** @return the field's text; fails naming the field when it is missing */
	public static String required(GhlRecord record, String field) {
		String value = record.text(field);
		if (value == null) {
			throw new GhlMappingException("GHL record has no " + field + ": " + record.node());
		}
		return value;
	}

}
