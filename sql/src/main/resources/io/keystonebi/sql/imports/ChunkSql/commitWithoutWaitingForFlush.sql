-- For this transaction only: commit returns before the WAL reaches disk. Safe here because a chunk's rows, its
-- quarantine rows, the run's counters and Spring Batch's checkpoint (the reader's position) commit in this one
-- transaction: a crash can lose the newest chunks only together with their checkpoints, never rows without
-- their checkpoint or the reverse, so a restart redoes exactly the lost chunks. The job's last step commits
-- with the default (synchronous) setting, and WAL is flushed in order, so a completed job is fully durable.
set local synchronous_commit = off
