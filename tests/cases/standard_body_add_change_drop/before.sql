CREATE SCHEMA "Std Bodies";
CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL, note text);
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql STABLE
  RETURN (SELECT sum(price) FROM public.items);
CREATE FUNCTION "Std Bodies"."It's gone"(a text) RETURNS text LANGUAGE sql RETURN a || '!';
CREATE PROCEDURE public.add_item(i integer, p numeric)
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO public.items (id, price) VALUES (i, p);
  END;
COMMENT ON FUNCTION public.total() IS 'sum of prices';
