-- Deletes up to :limit report files made on demand that expired before :expiredBefore (their links have answered
-- 410 Gone since they expired).
delete from generated_reports
where id in (select id
             from generated_reports
             where expires_at < :expiredBefore
             order by expires_at
             limit :limit)
