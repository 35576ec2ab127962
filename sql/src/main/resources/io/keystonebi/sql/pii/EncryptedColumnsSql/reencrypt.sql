-- Only if the value is still the one read: a writer that replaced it meanwhile wrote it under the active key.
update <table>
set <column> = :reencrypted
where id = :id
  and <column> = :encrypted
