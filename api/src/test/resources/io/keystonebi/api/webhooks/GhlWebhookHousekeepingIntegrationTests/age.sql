-- Two of the three drain runs ended 20 days ago; two of the three applied deliveries were applied 40 days ago;
-- one delivery failed 40 days ago and was never applied; a rollup rebuild (not a frequent job) ran 90 days ago.
update batch_job_execution
set end_time = end_time - interval '20 days'
where job_execution_id in (select e.job_execution_id
                           from batch_job_execution e
                           join batch_job_instance i on i.job_instance_id = e.job_instance_id
                           where i.job_name = 'ghlWebhookDrain'
                           order by e.job_execution_id
                           limit 2);
update webhook_inbox
set processed_at = processed_at - interval '40 days'
where id in (select id from webhook_inbox order by id limit 2);
insert into webhook_inbox (webhook_id, event_type, event_at, payload, received_at, attempts, last_error)
values ('failed-long-ago', 'ContactCreate', now() - interval '40 days', '{}', now() - interval '40 days', 5,
        'value too long');
insert into batch_job_instance (job_instance_id, version, job_name, job_key)
values (nextval('batch_job_instance_seq'), 0, 'rollupRebuild', 'housekeeping-test');
insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, end_time,
                                 status, exit_code)
select nextval('batch_job_execution_seq'), 0, job_instance_id, now() - interval '90 days',
       now() - interval '90 days', now() - interval '90 days', 'COMPLETED', 'COMPLETED'
from batch_job_instance
where job_key = 'housekeeping-test';
