select count(*) from qrtz_scheduler_state
