select a.username || ' ' || d.title from report_definitions d join accounts a on a.id = d.owner_account_id where d.id = :id
