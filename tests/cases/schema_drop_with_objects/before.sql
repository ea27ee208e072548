CREATE SCHEMA keep;
CREATE TABLE keep.t (id integer);
CREATE SCHEMA gone;
CREATE SEQUENCE gone.s;
CREATE TABLE gone.t (id integer PRIMARY KEY, n bigint DEFAULT nextval('gone.s'));
CREATE VIEW gone.v AS SELECT id FROM gone.t;
CREATE FUNCTION gone.f() RETURNS integer LANGUAGE sql AS $$
SELECT 1
$$;
