CREATE SCHEMA app;
-- Replaced by the plan (a label removed or added; another return type): created again
-- under the default privileges.
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');
CREATE FUNCTION app.width() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- PUBLIC loses its built-in EXECUTE and USAGE on what is created from now on.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
