-- The key id of every encrypted value: the bytes after the version and length bytes (FieldCipher's format).
select 'contacts.email ' || convert_from(substring(email from 3 for get_byte(email, 1)), 'UTF8')
from contacts where email is not null
union all
select 'contacts.phone ' || convert_from(substring(phone from 3 for get_byte(phone, 1)), 'UTF8')
from contacts where phone is not null
union all
select 'messages.body ' || convert_from(substring(body from 3 for get_byte(body, 1)), 'UTF8')
from messages where body is not null
union all
select 'messages.email_to ' || convert_from(substring(email_to from 3 for get_byte(email_to, 1)), 'UTF8')
from messages where email_to is not null
order by 1
