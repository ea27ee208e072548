-- A function whose return type changes is dropped and created again, and a new view
-- calls it: a second run of the plan must leave the function (now used) alone.
CREATE SCHEMA app;
CREATE FUNCTION app.answer(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT n + 1$$;
