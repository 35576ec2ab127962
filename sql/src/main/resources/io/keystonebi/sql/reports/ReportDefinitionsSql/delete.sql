delete from report_definitions where id = :id and owner_account_id = :ownerAccountId
