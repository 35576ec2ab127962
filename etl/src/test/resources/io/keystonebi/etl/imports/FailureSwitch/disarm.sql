delete from failure_switch
