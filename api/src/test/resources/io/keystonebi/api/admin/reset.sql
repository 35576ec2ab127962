-- Leaves the warehouse empty again for the test classes that share the application context after these.
truncate locations, users, teams, contacts, opportunities, agent_targets, ghl_sync_status restart identity cascade;
