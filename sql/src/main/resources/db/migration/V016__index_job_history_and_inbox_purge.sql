-- Spring Batch's schema has no indexes on its foreign keys. The webhook drain records a job run every few
-- seconds, so the nightly purge of old runs (and Spring Batch's own lookups of an instance's executions) must
-- not scan these tables once per row.
create index batch_job_execution_instance_idx on batch_job_execution (job_instance_id);
create index batch_job_execution_params_execution_idx on batch_job_execution_params (job_execution_id);
create index batch_step_execution_execution_idx on batch_step_execution (job_execution_id);

-- The purge of applied webhook deliveries finds them by when they were applied.
create index webhook_inbox_processed_idx on webhook_inbox (processed_at) where processed_at is not null;
