-- Any definition when all is set (administrators); otherwise one the account may read.
select exists (
    select 1
    from report_definitions d
    where d.id = :id
      and (:all or report_definition_readable(d.owner_account_id, d.shared, :accountId)))
