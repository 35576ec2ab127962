-- Each contact's e-mail and phone key id (the bytes after FieldCipher's version and length bytes).
select c.source_id || ' ' || coalesce(convert_from(substring(c.email from 3 for get_byte(c.email, 1)), 'UTF8'), '-')
       || ' ' || coalesce(convert_from(substring(c.phone from 3 for get_byte(c.phone, 1)), 'UTF8'), '-')
from contacts c
order by c.source_id
