-- Flips one bit of the last byte (inside the authentication tag) of the contact's encrypted e-mail.
update contacts
set email = set_byte(email, length(email) - 1, get_byte(email, length(email) - 1) # 1)
where source_id = :sourceId
