-- Deletes up to :limit deliveries applied (or ignored) before :processedBefore. Deliveries never applied, such
-- as those that failed, stay for an admin to look at whatever their age.
delete from webhook_inbox
where id in (select id
             from webhook_inbox
             where processed_at < :processedBefore
             order by processed_at
             limit :limit)
