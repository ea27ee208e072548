-- A materialized view column with its own compression method (pg_dump's own test suite,
-- matview_compression: ALTER MATERIALIZED VIEW ... ALTER COLUMN ... SET COMPRESSION).
CREATE SCHEMA app;
CREATE TABLE app.t (id integer, body text);
CREATE MATERIALIZED VIEW app.mv AS SELECT id, body FROM app.t;
ALTER MATERIALIZED VIEW app.mv ALTER COLUMN body SET COMPRESSION lz4;
