-- How many encrypted values each key id holds (the id: the bytes after FieldCipher's version and length bytes).
select key_id || ' ' || count(*)
from (select convert_from(substring(v from 3 for get_byte(v, 1)), 'UTF8') as key_id
      from (select email as v from contacts union all select phone from contacts
            union all select email from users union all select phone from users
            union all select body from messages union all select email_from from messages
            union all select email_to from messages union all select email_subject from messages
            union all select body from notes union all select body from tasks) stored
      where v is not null) encrypted
group by key_id
order by key_id
