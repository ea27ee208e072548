CREATE ROLE graphile_starter;
CREATE ROLE graphile_starter_visitor;
