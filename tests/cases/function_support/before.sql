CREATE SCHEMA app;
CREATE FUNCTION app.func_with_support() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION app.other(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$;
