CREATE SCHEMA app;
CREATE TABLE app.t (id integer, body text);
CREATE MATERIALIZED VIEW app.mv AS SELECT id, body FROM app.t;
