-- Claiming counts the attempt: a sender that dies mid-send has used one.
with claimed as (
    update report_deliveries d
    set status = 'sending', claimed_by = :sender, claimed_until = now() + :lease, attempts = d.attempts + 1,
        updated_at = now()
    where d.id in (
        select w.id
        from report_deliveries w
        where (w.status in ('pending', 'retrying') and w.next_attempt_at <= now())
           or (w.status = 'sending' and w.claimed_until < now())
        order by w.next_attempt_at, w.id
        limit :limit
        for update skip locked)
    returning d.*
)
select c.id, c.schedule_id, s.name as schedule_name, rd.definition::text as definition_json, s.time_zone,
       s.skip_if_empty, s.send_only_on_change, s.formats, c.recipient_id, r.kind as recipient_kind,
       r.external_scope, r.external_scope_id, r.unsubscribed_at, c.period_from, c.period_to, c.run_day,
       c.recipient_key, c.email, c.attempts, c.resends
from claimed c
join report_schedules s on s.id = c.schedule_id
join report_definitions rd on rd.id = s.definition_id
left join report_recipients r on r.id = c.recipient_id
order by c.id
