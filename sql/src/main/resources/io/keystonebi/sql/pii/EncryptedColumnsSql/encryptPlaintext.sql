update <table>
set <column> = :encrypted,
    <column>_plaintext = null
where id = :id
