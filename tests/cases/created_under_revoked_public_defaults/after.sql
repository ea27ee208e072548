CREATE SCHEMA app;
-- Replaced by the plan (a label removed or added; another return type): created again
-- under the default privileges.
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE FUNCTION app.width() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
-- Created before the default privileges: PostgreSQL's built-in EXECUTE and USAGE for
-- PUBLIC, which the objects a plan creates must get back.
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE PROCEDURE app.touch() LANGUAGE sql AS 'SELECT 1';
CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
CREATE TYPE app.mood AS ENUM ('ok');
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.span AS RANGE (SUBTYPE = integer);
CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
-- One that the spec keeps without PUBLIC, as the default privileges would have it.
CREATE FUNCTION app.private() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION app.private() FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
