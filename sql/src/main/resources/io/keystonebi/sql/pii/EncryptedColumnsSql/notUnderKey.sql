-- The next values after :after (by id) not encrypted under the key whose values begin with :header. Walking the
-- primary key from the last id a batch handled makes all batches together one pass over the table.
select id, <column> as encrypted
from <table>
where id > :after
  and <column> is not null
  and substring(<column> from 1 for length(:header)) <> :header
order by id
limit :limit
