-- Planner support functions (pg_dump's own test suite, CREATE FUNCTION ... SUPPORT): a
-- built-in one, and one of the schema's own, which must exist before the function it serves.
CREATE SCHEMA app;
CREATE FUNCTION app.func_with_support() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$ SUPPORT varchar_support;
CREATE FUNCTION app."Support"(internal) RETURNS internal LANGUAGE internal STRICT AS 'varchar_support';
CREATE FUNCTION app.other(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$ SUPPORT app."Support";
