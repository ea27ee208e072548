CREATE SCHEMA app;
CREATE FUNCTION app.answer(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$SELECT (n + 1)::bigint$$;
CREATE VIEW public.answers AS SELECT app.answer(41) AS answer;
CREATE TABLE app.facts (id integer PRIMARY KEY, score bigint DEFAULT app.answer(1));
