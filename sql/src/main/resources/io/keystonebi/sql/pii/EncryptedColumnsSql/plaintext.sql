-- Values stored before V018 that are still to be encrypted (text, or text[] for recipient lists); rows another
-- node is encrypting are skipped.
select id, <column>_plaintext as plaintext
from <table>
where <column>_plaintext is not null
order by id
limit :limit
for update skip locked
