CREATE SCHEMA app;
CREATE TABLE app.events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE FUNCTION app.event_count() RETURNS bigint LANGUAGE sql STABLE
  RETURN (SELECT count(*) FROM app.events);
CREATE FUNCTION app.kinds() RETURNS SETOF text LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT kind FROM app.events; END;
