update <table>
set <column> = :encrypted,
    <digestColumn> = :digest,
    <column>_plaintext = null
where id = :id
