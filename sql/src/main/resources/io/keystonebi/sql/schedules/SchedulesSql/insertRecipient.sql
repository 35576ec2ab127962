insert into report_recipients (schedule_id, kind, account_id, team_id, email, external_scope, external_scope_id)
values (:scheduleId, :kind, :accountId, :teamId, :email, :externalScope, :externalScopeId)
on conflict do nothing
