-- Every warehouse table hangs off locations (and users, pipelines, contacts, deals off them): one cascade empties
-- the warehouse.
truncate table locations cascade;
